/**
 * Props of the course and certification pages. Input types (what the YAML
 * says) are generated from the schemas; these are the normalized shapes the
 * pages receive, already in the page's locale, with only what each page needs.
 */
import type { Course, Project } from '../data-engine/generated/courses';
import type { Badge, Certification, Process } from '../data-engine/generated/certifications';

export type { Badge, Certification, Course, Process, Project };

/** An enum value with its label in the page's locale (labels come from the schemas' enumDescriptions). */
export interface Option {
  value: string;
  label: string;
}

export interface Link {
  id: string;
  title: string;
  permalink: string;
}

/** What a catalog card shows; the catalog ships these and nothing more. */
export interface CourseCard {
  id: string;
  title: string;
  summary: string;
  permalink: string;
  level: string;
  durationWeeks: number;
  topics: string[];
  languages: string[];
  certification: Link;
  /** Fields shown in the default locale for lack of a translation (JSON Pointers). */
  fallbacks: string[];
}

export interface CatalogProps {
  courses: CourseCard[];
  /** Facet values with labels, in schema order; parameter names are the schema field names. */
  facets: { level: Option[]; topics: Option[]; languages: Option[]; certification: Option[] };
  /** Shortest and longest course, in weeks, for the duration filter. */
  duration: { min: number; max: number };
  pathPermalink: string;
  projectsPermalink: string;
  certificationsPermalink: string;
}

export interface LessonLink {
  title: string;
  permalink: string;
  week?: number;
  durationMinutes?: number;
}

export interface CoursePageProps {
  course: Course;
  permalink: string;
  fallbacks: string[];
  labels: { level: string; topics: Option[]; languages: Option[] };
  prerequisites: Link[];
  /** Courses that list this one as a prerequisite. */
  leadsTo: Link[];
  certification: Link & { summary: string };
  projects: (Link & { summary: string; durationWeeks: number })[];
  lessons: LessonLink[];
  catalogPermalink: string;
}

export interface ProjectsPageProps {
  projects: (Omit<Project, 'courses'> & { permalink: string; levelLabel: string; courses: Link[] })[];
  catalogPermalink: string;
}

export interface CertificationSummary {
  certification: Certification;
  permalink: string;
  requiredCourses: Link[];
  /** Courses whose `certification` is this one. */
  leadingCourses: Link[];
  prerequisite?: Link;
}

export interface CertificationsPageProps {
  certifications: CertificationSummary[];
  badges: Badge[];
  process?: Process;
  catalogPermalink: string;
}

export interface CertificationPageProps extends CertificationSummary {
  certificationsPermalink: string;
}

/** The prerequisite graph, laid out at build time. */
export interface PathNode {
  id: string;
  title: string;
  permalink: string;
  kind: 'course' | 'certification';
  /** Column (0 = no prerequisites) and row, for the static SVG. */
  column: number;
  row: number;
}

export interface PathEdge {
  from: string;
  to: string;
  kind: 'prerequisite' | 'certification';
}

export interface LearningPathProps {
  nodes: PathNode[];
  edges: PathEdge[];
  columns: number;
  rows: number;
  catalogPermalink: string;
}

/**
 * What a lesson page needs to say which course it belongs to (global data of
 * the courses plugin, in the page's locale): its breadcrumb runs home ›
 * courses › the course › the lesson.
 */
export interface LessonTrail {
  /** Id of the docs-plugin instance that renders lessons (the trail applies to its pages only). */
  lessonsPluginId: string;
  catalogPermalink: string;
  /** By course id, which is the lessons' folder name under courses/. */
  courses: Record<string, { title: string; permalink: string; titleIsFallback: boolean }>;
}
