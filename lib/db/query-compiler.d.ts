// The query compilers Prisma's generated clients load (lib/db/query-plan-memo.ts wraps them).
// @prisma/client ships them without type declarations.
declare module "@prisma/client/runtime/query_compiler_bg.sqlite.mjs" {
  export class QueryCompiler {
    compile(query: string): object;
    compileBatch(queries: string): object;
  }
}
declare module "@prisma/client/runtime/query_compiler_bg.postgresql.mjs" {
  export { QueryCompiler } from "@prisma/client/runtime/query_compiler_bg.sqlite.mjs";
}
