/**
 * The composer extras chunk: controls only some setups use (tools, models, dictation,
 * attachments and their uploads, the quoted reply, the disclaimer). `<ck-composer>` imports it
 * when its properties first ask for one of them, and the elements upgrade in place; the upload
 * manager is for `<chat-kit>`'s composer controller.
 */
import '../widgets/icon-glyphs.js';
import './icons-more.js';
import './ck-attachment-tray.js';
import './ck-dictation-button.js';
import './ck-disclaimer.js';
import './ck-model-picker.js';
import './ck-reply-preview.js';
import './ck-tool-menu.js';

export { AttachmentManager } from '../controller/attachments.js';
