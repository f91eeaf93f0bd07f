import type { Lang, Problem } from './types';

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

/**
 * Every message the engine can print, in each language. Keys are the problem
 * codes; adding a code without both languages fails the type check.
 */
const MESSAGES: Record<string, Record<Lang, Template>> = {
  'translation.unknownKey': {
    en: (p) => `translates nothing: no entry or field has this key any more. Remove it, or rename it after the renamed entry (npm run write-translations -- --locale ${p.locale} adds the new keys).`,
    'zh-Hans': (p) => `没有对应的原文：已经没有条目或字段使用这个键。请删除它，或按改名后的条目改键名（npm run write-translations -- --locale ${p.locale} 会加入新的键）。`,
  },
  'translation.invalidJson': {
    en: (p) => `translation file is not valid JSON: ${p.reason}`,
    'zh-Hans': (p) => `翻译文件不是有效的 JSON：${p.reason}`,
  },
  'translation.notMessage': {
    en: () => 'must be an object with a "message" string, e.g. { "message": "…" }.',
    'zh-Hans': () => '必须是带 "message" 字符串的对象，例如 { "message": "…" }。',
  },
  'file.tooLarge': {
    en: (p) => `file is ${p.size} bytes; data files may be at most ${p.max} bytes. Split the entry or move long text into Markdown.`,
    'zh-Hans': (p) => `文件大小为 ${p.size} 字节，数据文件最多 ${p.max} 字节。请拆分条目，或把长文本移到 Markdown 中。`,
  },
  'file.notUtf8': {
    en: () => 'file is not valid UTF-8. Save it as UTF-8.',
    'zh-Hans': () => '文件不是有效的 UTF-8 编码，请以 UTF-8 保存。',
  },
  'file.nulByte': {
    en: () => 'file contains a NUL byte (\\0). Remove it: data files are plain text.',
    'zh-Hans': () => '文件包含 NUL 字节（\\0），请删除：数据文件只能是纯文本。',
  },
  'file.notMapping': {
    en: (p) => `an entry must be a YAML mapping (key: value lines), found ${p.actual}.`,
    'zh-Hans': (p) => `条目必须是 YAML 映射（键: 值 的形式），实际是 ${p.actual}。`,
  },
  'file.extension': {
    en: (p) => `data files end in .yaml; rename it to ${p.expected}.`,
    'zh-Hans': (p) => `数据文件的扩展名应为 .yaml，请重命名为 ${p.expected}。`,
  },
  'file.unknownFolder': {
    en: (p) => `no kind of entry lives in this folder. Folders of this collection: ${p.folders}.`,
    'zh-Hans': (p) => `该目录不存放任何类型的条目。本集合的目录有：${p.folders}。`,
  },
  'file.unreadable': {
    en: (p) => `file cannot be read: ${p.reason}`,
    'zh-Hans': (p) => `无法读取文件：${p.reason}`,
  },
  'yaml.syntax': {
    en: (p) => `YAML syntax error: ${p.reason}.`,
    'zh-Hans': (p) => `YAML 语法错误：${p.reason}。`,
  },
  'yaml.tab': {
    en: () => 'tab character used for indentation; YAML indents with spaces only.',
    'zh-Hans': () => '缩进中使用了制表符（Tab）；YAML 只能用空格缩进。',
  },
  'yaml.tooDeep': {
    en: (p) => `nesting is deeper than ${p.max} levels; data entries are never this deep.`,
    'zh-Hans': (p) => `嵌套超过 ${p.max} 层；数据条目不需要这么深的结构。`,
  },
  'yaml.tooManyAliases': {
    en: (p) => `more than ${p.max} aliases (*name); write the values out instead.`,
    'zh-Hans': (p) => `别名（*name）超过 ${p.max} 个，请直接写出这些值。`,
  },
  'yaml.multipleDocuments': {
    en: () => 'file holds more than one YAML document (---); put one entry per file.',
    'zh-Hans': () => '文件包含多个 YAML 文档（---）；每个文件只放一个条目。',
  },
  'yaml.complexKey': {
    en: () => 'mapping keys must be plain field names, not lists, mappings or aliases.',
    'zh-Hans': () => '映射的键必须是普通字段名，不能是列表、映射或别名。',
  },
  'yaml.tag': {
    en: (p) => `YAML tag ${p.tag} is not allowed in data files; write the plain value.`,
    'zh-Hans': (p) => `数据文件中不允许使用 YAML 标签 ${p.tag}，请直接写值。`,
  },
  'yaml.mergeKey': {
    en: () => 'merge keys (<<) are not allowed; write the fields out.',
    'zh-Hans': () => '不允许使用合并键（<<），请直接写出各字段。',
  },
  'yaml.forbiddenKey': {
    en: (p) => `"${p.key}" cannot be used as a field name.`,
    'zh-Hans': (p) => `"${p.key}" 不能用作字段名。`,
  },
  'yaml.duplicateKey': {
    en: (p) => `duplicate key "${p.key}" (first defined on line ${p.line}).`,
    'zh-Hans': (p) => `重复的键 "${p.key}"（第 ${p.line} 行已定义）。`,
  },
  'yaml.empty': {
    en: () => 'file is empty; an entry needs at least its id.',
    'zh-Hans': () => '文件为空；条目至少需要 id。',
  },
  'schema.compile': {
    en: (p) => `schema does not compile: ${p.reason}`,
    'zh-Hans': (p) => `模式（schema）无法编译：${p.reason}`,
  },
  'schema.required': {
    en: (p) => `missing required field "${p.property}".`,
    'zh-Hans': (p) => `缺少必填字段 "${p.property}"。`,
  },
  'schema.additionalProperty': {
    en: (p) => `unknown field "${p.property}".${suggestEn(p)}`,
    'zh-Hans': (p) => `未知字段 "${p.property}"。${suggestZh(p)}`,
  },
  'schema.enum': {
    en: (p) => `"${p.value}" is not allowed; expected one of: ${p.allowed}.${suggestEn(p)}`,
    'zh-Hans': (p) => `不允许的值 "${p.value}"，应为以下之一：${p.allowed}。${suggestZh(p)}`,
  },
  'schema.const': {
    en: (p) => `expected "${p.allowed}", found "${p.value}".`,
    'zh-Hans': (p) => `应为 "${p.allowed}"，实际是 "${p.value}"。`,
  },
  'schema.type': {
    en: (p) => `expected ${typeEn(String(p.expected))}, found ${typeEn(String(p.actual))}.`,
    'zh-Hans': (p) => `应为${typeZh(String(p.expected))}，实际是${typeZh(String(p.actual))}。`,
  },
  'schema.pattern': {
    en: (p) => `"${p.value}" does not have the expected form (${p.pattern}).`,
    'zh-Hans': (p) => `"${p.value}" 的格式不符合要求（${p.pattern}）。`,
  },
  'schema.idPattern': {
    en: (p) => `"${p.value}" is not a valid id: use lowercase letters, digits and hyphens (kebab-case), e.g. "otel-intro".`,
    'zh-Hans': (p) => `"${p.value}" 不是有效的 id：只能使用小写字母、数字和连字符（kebab-case），例如 "otel-intro"。`,
  },
  'schema.minLength': {
    en: (p) => (Number(p.limit) === 1 ? 'must not be empty.' : `must be at least ${p.limit} characters long.`),
    'zh-Hans': (p) => (Number(p.limit) === 1 ? '不能为空。' : `至少需要 ${p.limit} 个字符。`),
  },
  'schema.maxLength': {
    en: (p) => `must be at most ${p.limit} characters long (found ${p.actual}).`,
    'zh-Hans': (p) => `最多 ${p.limit} 个字符（实际 ${p.actual} 个）。`,
  },
  'schema.minimum': {
    en: (p) => `must be ${p.comparison} ${p.limit} (found ${p.value}).`,
    'zh-Hans': (p) => `必须 ${p.comparison} ${p.limit}（实际是 ${p.value}）。`,
  },
  'schema.minItems': {
    en: (p) => `needs at least ${p.limit} item(s).`,
    'zh-Hans': (p) => `至少需要 ${p.limit} 项。`,
  },
  'schema.maxItems': {
    en: (p) => `may have at most ${p.limit} item(s).`,
    'zh-Hans': (p) => `最多只能有 ${p.limit} 项。`,
  },
  'schema.uniqueItems': {
    en: (p) => `items ${p.i} and ${p.j} are the same; list each value once.`,
    'zh-Hans': (p) => `第 ${p.i} 项与第 ${p.j} 项重复；每个值只列一次。`,
  },
  'schema.other': {
    en: (p) => `${p.message} (${p.keyword}).`,
    'zh-Hans': (p) => `${p.message}（${p.keyword}）。`,
  },
  'format.web-url': {
    en: (p) => `"${p.value}" is not an allowed link: use an https://, http:// or mailto: URL.`,
    'zh-Hans': (p) => `"${p.value}" 不是允许的链接：只能使用 https://、http:// 或 mailto: 网址。`,
  },
  'format.date': {
    en: (p) => `"${p.value}" is not a real calendar date in the form YYYY-MM-DD.`,
    'zh-Hans': (p) => `"${p.value}" 不是 YYYY-MM-DD 格式的真实日期。`,
  },
  'format.local-date-time': {
    en: (p) => `"${p.value}" is not a real date and time in the form YYYY-MM-DDTHH:mm (no offset: the time zone goes in timeZone).`,
    'zh-Hans': (p) => `"${p.value}" 不是 YYYY-MM-DDTHH:mm 格式的真实日期时间（不带偏移量，时区写在 timeZone 中）。`,
  },
  'format.iana-time-zone': {
    en: (p) => `"${p.value}" is not an IANA time zone such as Asia/Shanghai.${suggestEn(p)}`,
    'zh-Hans': (p) => `"${p.value}" 不是 IANA 时区名（例如 Asia/Shanghai）。${suggestZh(p)}`,
  },
  'format.other': {
    en: (p) => `"${p.value}" is not a valid ${p.format}.`,
    'zh-Hans': (p) => `"${p.value}" 不是有效的 ${p.format}。`,
  },
  'id.mismatch': {
    en: (p) => `id "${p.id}" must equal the file name "${p.expected}"; rename the file or change the id.`,
    'zh-Hans': (p) => `id "${p.id}" 必须与文件名 "${p.expected}" 一致；请重命名文件或修改 id。`,
  },
  'id.duplicate': {
    en: (p) => `id "${p.id}" is already used by ${p.other}; ids are unique within a collection.`,
    'zh-Hans': (p) => `id "${p.id}" 已被 ${p.other} 使用；同一集合内 id 必须唯一。`,
  },
  'ref.missing': {
    en: (p) => `"${p.value}" does not name an entry of ${p.target}.${suggestEn(p)}`,
    'zh-Hans': (p) => `"${p.value}" 不是 ${p.target} 中已有条目的 id。${suggestZh(p)}`,
  },
  'ref.cycle': {
    en: (p) => `references form a cycle: ${p.cycle}. Remove one of them.`,
    'zh-Hans': (p) => `引用形成了循环：${p.cycle}。请删除其中一个引用。`,
  },
  'ref.self': {
    en: (p) => `"${p.value}" refers to this entry itself.`,
    'zh-Hans': (p) => `"${p.value}" 引用了条目自身。`,
  },
  'certification.courseNotListed': {
    en: (p) => `course leads to certification "${p.certification}", but that certification does not list "${p.course}" in requiredCourses.`,
    'zh-Hans': (p) => `课程指向认证 "${p.certification}"，但该认证的 requiredCourses 中没有列出 "${p.course}"。`,
  },
  'certification.courseLeadsElsewhere': {
    en: (p) => `requiredCourses lists "${p.course}", but that course leads to "${p.actual}" (its certification field).`,
    'zh-Hans': (p) => `requiredCourses 列出了 "${p.course}"，但该课程的 certification 字段指向 "${p.actual}"。`,
  },
  'course.moduleBackwards': {
    en: (p) => `module ends in week ${p.to}, before it starts (week ${p.from}).`,
    'zh-Hans': (p) => `模块在第 ${p.to} 周结束，早于开始的第 ${p.from} 周。`,
  },
  'course.moduleTooLate': {
    en: (p) => `module runs to week ${p.week}, but the course lasts ${p.weeks} weeks (durationWeeks).`,
    'zh-Hans': (p) => `模块持续到第 ${p.week} 周，但课程只有 ${p.weeks} 周（durationWeeks）。`,
  },
  'event.endBeforeStart': {
    en: (p) => `event ends (${p.end}) before it starts (${p.start}).`,
    'zh-Hans': (p) => `活动结束时间（${p.end}）早于开始时间（${p.start}）。`,
  },
  'event.locationRequired': {
    en: (p) => `${/^[aeiou]/i.test(String(p.format)) ? 'an' : 'a'} ${p.format} event needs a location.`,
    'zh-Hans': (p) => `${p.format} 活动需要填写 location（地点）。`,
  },
  'event.onlineUrlRequired': {
    en: (p) => `${/^[aeiou]/i.test(String(p.format)) ? 'an' : 'a'} ${p.format} event needs an onlineUrl.`,
    'zh-Hans': (p) => `${p.format} 活动需要填写 onlineUrl（线上链接）。`,
  },
  'staticFile.missing': {
    en: (p) => `file static${p.path} does not exist; add it or fix the path.`,
    'zh-Hans': (p) => `文件 static${p.path} 不存在；请添加该文件或修正路径。`,
  },
  'translation.missing': {
    en: (p) => `no ${p.locale} translation for "${p.key}"; showing the ${p.source} text.`,
    'zh-Hans': (p) => `"${p.key}" 没有 ${p.locale} 译文，暂时显示 ${p.source} 原文。`,
  },
};

const TYPES: Record<string, [en: string, zh: string]> = {
  string: ['text', '文本'],
  number: ['a number', '数字'],
  integer: ['a whole number', '整数'],
  boolean: ['true or false', '布尔值（true 或 false）'],
  array: ['a list', '列表'],
  object: ['a mapping', '映射'],
  null: ['an empty value', '空值'],
};
function typeEn(t: string): string {
  return t
    .split(',')
    .map((x) => TYPES[x]?.[0] ?? x)
    .join(' or ');
}
function typeZh(t: string): string {
  return t
    .split(',')
    .map((x) => TYPES[x]?.[1] ?? x)
    .join('或');
}
function suggestEn(p: Params): string {
  return p.suggestion ? ` Did you mean "${p.suggestion}"?` : '';
}
function suggestZh(p: Params): string {
  return p.suggestion ? `是不是想写 "${p.suggestion}"？` : '';
}

export function hasMessage(code: string): boolean {
  return Object.hasOwn(MESSAGES, code);
}

export function formatMessage(problem: Pick<Problem, 'code' | 'params'>, lang: Lang): string {
  const entry = MESSAGES[problem.code];
  if (!entry) return `${problem.code} ${JSON.stringify(problem.params)}`;
  return entry[lang](problem.params);
}

/** The language for messages: `--lang`, else the environment's locale, else English. */
export function resolveLang(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (explicit) {
    if (explicit === 'zh-Hans' || explicit === 'zh' || explicit.toLowerCase().startsWith('zh')) return 'zh-Hans';
    return 'en';
  }
  const fromEnv = env.COMMUNITY_HUB_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? env.LANGUAGE ?? '';
  return /^zh/i.test(fromEnv) ? 'zh-Hans' : 'en';
}

export function isLang(value: string): value is Lang {
  return value === 'zh-Hans' || value === 'en';
}
