// The attachments of solutions and challenges in English, the source language (see web/i18n/part.ts):
// the list, the upload form, its refusals and the confirmation before deleting.
export const enAttachments = {
  'attachments.title': 'Attachments',
  'attachments.none': 'No files attached.',
  'attachments.caption': 'Attached files',
  'attachments.name': 'File',
  'attachments.type': 'Type',
  'attachments.size': 'Size',
  'attachments.size_kb': '{size} KB',
  'attachments.size_mb': '{size} MB',
  'attachments.download': 'Download {name}',
  'attachments.delete': 'Delete',
  'attachments.delete_named': 'Delete {name}',
  'attachments.file': 'File to attach',
  'attachments.limits':
    'PDF, images (PNG, JPEG, WebP), Word, Excel, PowerPoint or OpenDocument files; at most {file} MB a file, {total} MB and {max} files together. The type is checked from the file’s contents, not its name.',
  'attachments.confidential':
    'Attachments are as confidential as the solution: only those who may read it can download them.',
  'attachments.upload': 'Attach the file',
  'attachments.done.attached': 'The file is attached.',
  'attachments.done.deleted': 'The attachment is deleted.',
  'attachments.error.executable':
    'This file is an executable program, not a PDF, image or office document. Programs cannot be attached.',
  'attachments.error.web_page':
    'This file is a web page, script or drawing in text form (HTML, SVG, XML), which cannot be attached. Save it as a PDF first.',
  'attachments.error.archive': 'This file is an archive (such as ZIP). Attach the documents themselves, one by one.',
  'attachments.error.unknown':
    'The type of this file could not be recognised from its contents. Attach a PDF, an image or an office document.',
  'attachments.error.other': 'Files of this type ({type}) cannot be attached. Save it as a PDF first.',
  'attachments.error.too_large_file':
    'This file is larger than {limit} MB, the limit for one file. Compress it or split it.',
  'attachments.error.too_large_total':
    'There is not enough room left: attachments together may take {limit} MB, and {left} MB are left. Delete an attachment or choose a smaller file.',
  'attachments.error.full': 'There are already {max} attachments. Delete one before adding another.',
  'attachments.error.no_file': 'Choose a file to attach.',
  'attachments.error.not_editable':
    'Attachments cannot be changed any more: the solution or challenge no longer takes changes.',
  'confirm_step.delete_attachment.question': 'Delete the attachment “{name}”?',
  'confirm_step.delete_attachment.consequence':
    'No one will be able to download it any more, and it cannot be brought back. You can attach the file again while changes are possible.',
  'confirm_step.delete_attachment.yes': 'Yes, delete the attachment',
};
