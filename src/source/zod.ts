/**
 * zod, set up once before any schema is built (each schema reads the setting when it is made). Without a
 * JIT: zod would compile a parser per object schema with `new Function` on first use, code no V8 code
 * cache can hold, so a proposal of a few KiB paid several milliseconds for it on every run.
 */
import { z } from "zod";

z.config({ jitless: true });

export { z };
