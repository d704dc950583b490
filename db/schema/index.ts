export * from "./platform";
export * from "./lending";
export * from "./banking";
export * from "./analysis";
export * from "./cob";
