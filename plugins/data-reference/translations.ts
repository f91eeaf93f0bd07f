import type { TranslationFile } from '@docusaurus/types';
import type { CollectionReference } from './buildReference';

type Messages = Record<string, { message: string; description?: string }>;

/**
 * Visits every human-readable string of a reference with a stable key
 * (`courses.course.level.title`, `courses.course.level.enum.beginner`), the
 * same walk for extraction and for translation so they cannot drift apart.
 */
function visitStrings(ref: CollectionReference, visit: (key: string, value: string, set: (v: string) => void) => void): void {
  const c = ref.collection;
  visit(`${c}.title`, ref.title, (v) => (ref.title = v));
  visit(`${c}.description`, ref.description, (v) => (ref.description = v));
  for (const kind of ref.kinds) {
    const k = `${c}.${kind.kind}`;
    visit(`${k}.title`, kind.title, (v) => (kind.title = v));
    visit(`${k}.description`, kind.description, (v) => (kind.description = v));
    for (const field of kind.fields) {
      const f = `${k}.${field.path}`;
      visit(`${f}.title`, field.title, (v) => (field.title = v));
      visit(`${f}.description`, field.description, (v) => (field.description = v));
      for (const option of field.enum ?? []) visit(`${f}.enum.${option.value}`, option.label, (v) => (option.label = v));
    }
  }
}

export function getReferenceTranslationFiles(refs: CollectionReference[]): TranslationFile[] {
  return refs.map((ref) => {
    const content: Messages = {};
    visitStrings(ref, (key, value) => {
      if (value) content[key] = { message: value, description: `${ref.schemaFile}` };
    });
    return { path: ref.collection, content };
  });
}

export function translateReferences(refs: CollectionReference[], files: TranslationFile[]): CollectionReference[] {
  const messages = new Map<string, string>();
  for (const file of files) for (const [key, { message }] of Object.entries(file.content)) messages.set(key, message);
  return refs.map((original) => {
    const ref = structuredClone(original);
    visitStrings(ref, (key, _value, set) => {
      const message = messages.get(key);
      if (message) set(message);
    });
    return ref;
  });
}
