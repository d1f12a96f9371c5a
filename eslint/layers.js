// The layers of src/ and what each may not import (issue 19). A local rule rather than a plugin:
// the folders are ours, the check is a path comparison, and it needs no module resolver.
//
//   app ─────────────► features/* ─► components/connected ─► store ─► components/ui, data, lib
//   (boot, shell)      (one per view;  (shared pieces that       (zustand,   (the ground floor: pure code
//                       never each      read the store)           URL)        and store-free components)
//                       other)
import path from 'node:path';

const GROUND = ['components/ui', 'data', 'lib'];

/** For a file's layer, the layers it may not import, and why. */
function forbidden(layer) {
  if (layer.startsWith('features/')) {
    return [
      { test: (t) => t.startsWith('features/') && t !== layer, why: 'a feature never imports another feature: move the shared part down (lib, data, components)' },
      { test: (t) => t === 'app', why: 'a feature never imports the app: the app composes features, not the other way round' },
    ];
  }
  const upper = (t) => t === 'app' || t.startsWith('features/');
  if (layer === 'store' || layer === 'components/connected') {
    return [{ test: upper, why: `${layer} never imports features or the app` }];
  }
  if (GROUND.includes(layer)) {
    return [{ test: (t) => upper(t) || t === 'store' || t === 'components/connected', why: `${layer} is the ground floor: it never imports features, the app or the store (hand what it needs down as props or context)` }];
  }
  return [];
}

/** 'features/members', 'components/ui', 'lib'…, for a path under src/; null outside it. */
export function layerOf(file, root = process.cwd()) {
  const rel = path.relative(path.join(root, 'src'), file).split(path.sep);
  if (rel[0] === '..' || rel.length < 2) return null;
  return rel[0] === 'features' || rel[0] === 'components' ? `${rel[0]}/${rel[1]}` : rel[0];
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep the layers of src/ pointing down (features never import each other or the app; lib, data and components/ui never import features, the app or the store).' },
    schema: [],
    messages: { layer: '{{from}} may not import {{to}} ({{source}}): {{why}}.' },
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const from = layerOf(file, context.cwd ?? process.cwd());
    // Tests may reach anywhere to set things up.
    if (!from || file.includes(`${path.sep}__tests__${path.sep}`)) return {};
    const rules = forbidden(from);
    if (rules.length === 0) return {};
    const check = (node) => {
      const source = node.source;
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const to = layerOf(path.resolve(path.dirname(file), source.value), context.cwd ?? process.cwd());
      if (!to || to === from) return;
      const broken = rules.find((r) => r.test(to));
      if (broken) context.report({ node: source, messageId: 'layer', data: { from, to, source: source.value, why: broken.why } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default { rules: { imports: rule } };
