// @ts-check
/**
 * `portico/no-literal-jsx-text`: user-visible text in JSX comes from the message catalogues
 * (apps/web/src/lib/i18n/locales) through `t()` or `<Trans>`, never as a literal. Reports text
 * between tags, string literals rendered as children (`{'Save'}`, either side of `a ? 'x' : 'y'`),
 * and literals in attributes people read or hear (label, title, aria-label, placeholder …).
 * Text without a letter (`·`, `—`, `✓`, numbers) and the `allow` list (brand names) pass.
 * Enabled per file in eslint.config.js for the files already translated.
 */

/** Attributes whose value reaches the reader (shown, or spoken by a screen reader). */
const VISIBLE_ATTRIBUTES = new Set([
  'label',
  'title',
  'description',
  'placeholder',
  'alt',
  'footer',
  'error',
  'message',
  'submitLabel',
  'legend',
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
]);

const hasLetter = (/** @type {string} */ text) => /\p{L}/u.test(text);

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'User-visible JSX text comes from the message catalogues, not literals' },
    schema: [{ type: 'object', properties: { allow: { type: 'array', items: { type: 'string' } } }, additionalProperties: false }],
    messages: {
      literal: 'Text people read ("{{text}}") belongs in the message catalogues (lib/i18n/locales, both languages) and is rendered with t().',
    },
  },
  create(context) {
    const allow = new Set(context.options[0]?.allow ?? []);
    const report = (/** @type {import('estree').Node | import('eslint').Rule.Node} */ node, /** @type {string} */ text) => {
      const trimmed = text.trim();
      if (!hasLetter(trimmed) || allow.has(trimmed)) return;
      context.report({ node, messageId: 'literal', data: { text: trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed } });
    };
    /** The strings an expression renders as it stands: literals, template text, both arms of a choice. */
    const check = (/** @type {any} */ node) => {
      if (!node) return;
      if (node.type === 'Literal' && typeof node.value === 'string') report(node, node.value);
      else if (node.type === 'TemplateLiteral') report(node, node.quasis.map((/** @type {any} */ q) => q.value.cooked ?? '').join(' '));
      else if (node.type === 'ConditionalExpression') {
        check(node.consequent);
        check(node.alternate);
      } else if (node.type === 'LogicalExpression') check(node.right);
    };
    return {
      JSXText(node) {
        report(node, /** @type {any} */ (node).value);
      },
      JSXExpressionContainer(node) {
        const parent = /** @type {any} */ (node).parent;
        if (parent?.type === 'JSXElement' || parent?.type === 'JSXFragment') check(/** @type {any} */ (node).expression);
      },
      JSXAttribute(node) {
        const attribute = /** @type {any} */ (node);
        const name = attribute.name.type === 'JSXIdentifier' ? attribute.name.name : `${attribute.name.namespace.name}:${attribute.name.name.name}`;
        if (!VISIBLE_ATTRIBUTES.has(name) || !attribute.value) return;
        if (attribute.value.type === 'Literal') check(attribute.value);
        else if (attribute.value.type === 'JSXExpressionContainer') check(attribute.value.expression);
      },
    };
  },
};

export default rule;
