// Minimal typings for the parts of sanitize-html the policy body sanitiser uses (the package ships none).
declare module 'sanitize-html' {
  namespace sanitizeHtml {
    interface Frame {
      tag: string;
      attribs: Record<string, string>;
      text: string;
    }
    type Transformer = (tagName: string, attribs: Record<string, string>) => { tagName: string; attribs: Record<string, string> };
    interface IOptions {
      allowedTags?: string[];
      allowedAttributes?: Record<string, string[]>;
      allowedSchemes?: string[];
      allowedSchemesAppliedToAttributes?: string[];
      allowProtocolRelative?: boolean;
      disallowedTagsMode?: 'discard' | 'escape' | 'recursiveEscape';
      nonTextTags?: string[];
      transformTags?: Record<string, string | Transformer>;
      exclusiveFilter?: (frame: Frame) => boolean;
    }
  }
  function sanitizeHtml(dirty: string, options?: sanitizeHtml.IOptions): string;
  export default sanitizeHtml;
}
