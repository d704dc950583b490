export * from "./platform";
export * from "./lending";
