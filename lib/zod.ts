// Every schema imports `z` from here so that jitless mode is set before the first schema is built:
// zod's JIT compiles validators with `new Function`, which MV3's content security policy forbids.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
