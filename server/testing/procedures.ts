import { appRouter, type createCaller } from "@/server/root";

type Caller = ReturnType<typeof createCaller>;
type AnyProcedureCall = (input?: unknown) => Promise<unknown>;

/** Every procedure path of the app router ("team.invite", …): tests enumerate them, they do not pick. */
export function procedurePaths(): string[] {
  return Object.keys(appRouter._def.procedures).sort();
}

/** Calls a procedure by its dotted path on a caller. */
export function callByPath(caller: Caller, path: string, input?: unknown): Promise<unknown> {
  let target: unknown = caller;
  for (const segment of path.split(".")) {
    if ((typeof target !== "object" && typeof target !== "function") || target === null) throw new Error(`no procedure ${path}`);
    target = Reflect.get(target, segment);
  }
  if (typeof target !== "function") throw new Error(`no procedure ${path}`);
  const call: AnyProcedureCall = (arg) => Promise.resolve(Reflect.apply(target, undefined, [arg]));
  return call(input);
}
