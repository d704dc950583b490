import { describe, expect, it } from "vitest";
import { formatDuration } from "./format";

describe("formatDuration", () => {
  const start = new Date("2024-03-01T23:30:00.000Z");
  const after = (ms: number) => new Date(start.getTime() + ms);

  it.each([
    [0, "0 ms"],
    [850, "850 ms"],
    [1000, "1.0 s"],
    [4240, "4.2 s"],
    [59_940, "59.9 s"],
    [60_000, "1 min 00 s"],
    [185_400, "3 min 05 s"],
  ])("%i ms reads %s", (ms, text) => {
    expect(formatDuration(start, after(ms))).toBe(text);
  });

  it("shows a dash while unfinished or for nonsense", () => {
    expect(formatDuration(start, null)).toBe("—");
    expect(formatDuration(after(10), start)).toBe("—");
    expect(formatDuration("2024-03-01T23:30:00Z", "2024-03-01T23:30:02.5Z")).toBe("2.5 s");
  });
});
