// lib/views: each view written once for its page and its API route (lib/views/view.ts says what a view is).
export * from "./view";
export * from "./overview";
export * from "./passages";
export * from "./keyness";
export * from "./compare";
export * from "./concordance";
export * from "./contested";
export * from "./timeline";
export * from "./evaluation";
export * from "./review";
export * from "./article";
export * from "./articleList";
export * from "./filterChoices";
export * from "./collections";
export * from "./articleMarks";
export * from "./reuse";
