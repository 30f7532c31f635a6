/**
 * Lets Node run the project's own modules: they import each other without extensions
 * (`./schema`, or a folder: `./knowledge`), as bundlers allow, while Node needs the file's name. Loaded with `--import`.
 */
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../');
      if (!relative || /\.[cm]?[jt]sx?$/.test(specifier)) throw error;
      try {
        return nextResolve(`${specifier}.ts`, context);
      } catch {
        // A folder's index (`./knowledge` → knowledge/index.ts).
        return nextResolve(`${specifier}/index.ts`, context);
      }
    }
  },
});
