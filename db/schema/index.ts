export * from "./platform";
export * from "./lending";
export * from "./banking";
