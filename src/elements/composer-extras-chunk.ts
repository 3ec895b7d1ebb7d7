import { lazyChunk } from '../widgets/lazy-chunk.js';

/**
 * The composer extras chunk (`composer-extras.ts`), shared by `<ck-composer>`, which loads it
 * when it first needs one of its controls and shows when that failed, and `<chat-kit>`'s composer
 * controller, which takes the upload manager from it once it is in.
 */
export const composerExtras = lazyChunk(() => import('./composer-extras.js'));
