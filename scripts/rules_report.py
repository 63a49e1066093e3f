"""Speaker accuracy per attribution rule: for each rule the core stamps, how many predicted quotes matched a gold quote
and how many of those named the right speaker, using the one scorer's own matching (../shared/gold/score.py).
Used to check that each sieve's confidence in core/quotes/attribute.cpp says how often it is right, and to find the
error classes worth a general mechanism; then where the unmatched predicted quotes lie (inside a gold quote's or a gold
indirect span, which are the corpus's conventions, or elsewhere) and the F1s with the first two set aside.
Usage: python3 scripts/rules_report.py GOLD_DIR PRED_DIR [FILE ...] [--show RULE]
"""
import collections, importlib.util, json, os, sys

gold_dir, pred_dir = sys.argv[1], sys.argv[2]
args = sys.argv[3:]
show = None
if '--show' in args:
    show = args[args.index('--show') + 1]
    args = [a for a in args if a not in ('--show', show)]
spec = importlib.util.spec_from_file_location('score', os.path.join(gold_dir, 'score.py'))
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)

files = args or ['polnear-dev', 'polnear-train']
for name in files:
    golds = score.load(os.path.join(gold_dir, 'dev', name + '.jsonl'))
    preds = score.load(os.path.join(pred_dir, name + '.jsonl'))
    by_rule = collections.defaultdict(lambda: [0, 0, 0])  # predicted, matched, right speaker
    # Unmatched predicted quotes by where they lie: inside a gold quote's span (a corpus that annotates `"A," he said.
    # "B."` as one span matches only one of its fragments) or inside a gold indirect span (a corpus that annotates a
    # quoted fragment of reported speech as the reported clause alone), or elsewhere.
    where = collections.Counter()
    n_gold = n_matched = n_right = 0
    shown = 0
    for gid, g in golds.items():
        if g.get('quotes') is None: continue
        p = score.flatten(preds.get(gid, {}))
        text = g['text']; tab = score.utf16_index(text)
        gq = [q for q in g['quotes'] if q.get('kind', 'direct') != 'indirect']
        pq = [q for q in p.get('quotes') or [] if q.get('kind', 'direct') != 'indirect']
        pairs = dict((j, i) for i, j in score.match(text, tab, gq, pq, half=True, inside_partial=True))
        gi = [q for q in g['quotes'] if q.get('kind') == 'indirect']
        n_gold += len(gq)
        for j, q in enumerate(pq):
            if j in pairs: continue
            # The scorer sets aside a fragment inside a matched gold partial quote; so does this count.
            if any(gq[i].get('kind') == 'partial' and score.inside(text, tab, q, gq[i]) for i in pairs.values()): continue
            where['quote' if any(score.inside(text, tab, q, x) for x in gq) else
                  'indirect' if any(score.inside(text, tab, q, x) for x in gi) else 'elsewhere'] += 1
        for j, q in enumerate(pq):
            r = by_rule[q.get('rule', 'none')]
            r[0] += 1
            if j in pairs:
                r[1] += 1
                ok = score.right_speaker(text, tab, q, gq[pairs[j]])
                r[2] += ok
                n_matched += 1
                n_right += ok
                if not ok and show == q.get('rule') and shown < 40:
                    shown += 1
                    s, e = score.trimmed(text, tab, q)
                    gs = gq[pairs[j]]
                    src = gs.get('source'); gsrc = text[tab[src['start']]:tab[src['end']]] if src else None
                    ctx = text[tab[max(0, q['start'] - 120)]:tab[min(len(tab) - 1, q['end'] + 80)]].replace('\n', ' ¶ ')
                    print(f"-- {gid}: got {q.get('speaker')!r} want {gs.get('speaker')!r} (src {gsrc!r})\n   {ctx}")
    print(f'\n{name}: rule | predicted | matched | right speaker | accuracy')
    for rule, (n, m, ok) in sorted(by_rule.items(), key=lambda kv: -kv[1][0]):
        print(f'  {rule:22} {n:6} {m:6} {ok:6}  {ok / m if m else 0:.3f}')
    f1 = lambda hits, predicted: 2 * hits / (predicted + n_gold) if predicted + n_gold else 0
    predicted = n_matched + sum(where.values())
    aside = predicted - where['quote'] - where['indirect']
    print(f"  unmatched predicted quotes: {sum(where.values())} (inside a gold quote's span {where['quote']}, inside a "
          f"gold indirect span {where['indirect']}, elsewhere {where['elsewhere']})")
    print(f'  quotes F1 {f1(n_matched, predicted):.3f}, speaker F1 {f1(n_right, predicted):.3f}; with the fragments '
          f'inside gold spans set aside: {f1(n_matched, aside):.3f}, {f1(n_right, aside):.3f}')
