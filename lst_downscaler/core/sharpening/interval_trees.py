"""Model trees on one predictor (DMS with NDVI alone, its usual case), all the trees of an
ensemble grown together, level by level.

On one predictor a node of a regression tree holds an interval of its values: once a tree's
bootstrap sample is sorted, each node is a run of consecutive samples and each candidate
split a position in the run. The sums that score a split are then differences of prefix
sums, and every candidate of every node of a level, over all the trees, is scored by a few
array operations. The trees are those of scikit-learn's ``DecisionTreeRegressor`` that
:class:`.model_trees.ModelTreeEnsemble` grows on the same bootstrap samples, one node at a
time: squared-error criterion, no split between values closer than 1e-7, at least
``min_samples_leaf`` samples on each side, the first best split kept, its threshold halfway
between the two values. The leaves get the same ridge fits and clipping (``_leaf_fits``).

The ensemble is one piecewise-linear function of the predictor (:class:`PiecewiseLinear`):
one table lookup per fine pixel instead of every tree (:class:`BreakBuckets`).
"""

from dataclasses import dataclass

import numpy as np

from ..io.strips import map_in_order
from .model_trees import CLIP_MARGIN, MAX_SAMPLES, RIDGE, Samples, bootstrap_samples

BATCH_SAMPLES = 1 << 18  # samples of the trees grown at once (the global ensemble's 20 x 50000 by batches)
COMBINE_CELLS = 1 << 20  # (tree, interval) cells at a time when an ensemble's trees are combined
FEATURE_THRESHOLD = np.float32(1e-7)  # scikit-learn's: values closer than this are not split apart
EPSILON = np.finfo(np.float64).eps   # a node whose impurity is below this is a leaf, as in scikit-learn
BUCKETS_PER_BREAK = 64   # lookup buckets per break of a piecewise-linear function, up to MAX_BUCKETS
MAX_BUCKETS = 1 << 18    # (2 MB of tables: the global ensemble's thousands of breaks)
LOOKUP_CHUNK = 1 << 15   # values looked up at a time: the lookup's temporaries stay in the cache


def fit_piecewise(features, target, weight, n_trees=20, min_samples_leaf=10, seed=0, max_samples=MAX_SAMPLES,
                  is_canceled=None):
    """The bagged model trees of (n_samples, 1) ``features`` as a :class:`PiecewiseLinear`:
    the predictions of ``ModelTreeEnsemble(n_trees, min_samples_leaf, seed, max_samples).fit(...)``."""
    return fit_piecewise_many([Samples(np.asarray(features, dtype=np.float32), target, weight)], n_trees,
                              min_samples_leaf, seed, max_samples, is_canceled)[0]


def fit_piecewise_many(sample_sets, n_trees=20, min_samples_leaf=10, seed=0, max_samples=MAX_SAMPLES,
                       is_canceled=None, threads=1):
    """:func:`fit_piecewise` of each :class:`.model_trees.Samples` (or set read where drawn) of
    ``sample_sets``, their trees grown together by batches of about BATCH_SAMPLES samples
    (DMS's local windows: a few array operations per level for many windows; any number of
    trees in bounded memory), ``threads`` batches at a time (the same trees in any case: the
    batches are drawn in turn, and grown independently)."""
    if not sample_sets:
        return []
    sets = [_SampleSet(samples) for samples in sample_sets]
    lines, thresholds = [[] for _ in sets], [[] for _ in sets]  # of each tree, by set
    batches = _batches(sets, n_trees, max_samples, seed)

    def grown(batch):
        return list(_grown_batch(sets, batch, min_samples_leaf, is_canceled))

    # one thread: in the caller's (DMS's windows, whose groups already run on a pool's threads)
    grown_batches = (map_in_order(((batch,) for batch in batches), grown, threads) if threads > 1
                     else map(grown, batches))
    for trees in grown_batches:
        for index, tree_lines, tree_thresholds in trees:
            lines[index].append(tree_lines)
            thresholds[index].append(tree_thresholds)
    return [_combined(np.concatenate(set_lines), np.repeat(np.arange(n_trees), [len(t) for t in set_lines]),
                      np.concatenate(set_thresholds),
                      np.repeat(np.arange(n_trees), [len(t) for t in set_thresholds]), n_trees)
            for set_lines, set_thresholds in zip(lines, thresholds)]


class _SampleSet:
    """The samples of one ensemble (a :class:`.model_trees.Samples`), with the mean and scale of
    their predictor as ModelTreeEnsemble standardizes it."""

    def __init__(self, samples):
        mean, scale = samples.moments()
        self.mean, self.scale = mean[0], scale[0] if scale[0] != 0 else np.float32(1)
        self.samples, self.size = samples, samples.size


def _batches(sets, n_trees, max_samples, seed):
    """Lists of (set index, bootstrap samples of some of its trees as rows), about
    BATCH_SAMPLES samples a list, drawn tree by tree."""
    batch, size = [], 0
    for index, samples in enumerate(sets):
        rows = []
        for sample, _ in bootstrap_samples(samples.size, n_trees, max_samples, seed):
            if size + sample.size > BATCH_SAMPLES and (batch or rows):
                if rows:
                    batch.append((index, np.stack(rows)))
                yield batch
                batch, rows, size = [], [], 0
            rows.append(sample)
            size += sample.size
        batch.append((index, np.stack(rows)))
    if batch:
        yield batch


def _grown_batch(sets, batch, min_samples_leaf, is_canceled):
    """(set index, leaf lines, sorted thresholds) of each tree of ``batch``, its leaves in the
    order of its thresholds."""
    features, targets, weights, standardized, sizes, tree_sets = [], [], [], [], [], []
    for index, draws in batch:
        samples = sets[index]
        feature, target, weight = samples.samples.take(draws.ravel())
        feature, target, weight = (values.reshape(draws.shape) for values in (feature[:, 0], target, weight))
        order = np.argsort(feature, axis=1, kind="stable")  # each tree's sample, by its predictor
        feature = np.take_along_axis(feature, order, axis=1).ravel()
        features.append(feature)
        targets.append(np.take_along_axis(target, order, axis=1).ravel())
        weights.append(np.take_along_axis(weight, order, axis=1).ravel())
        # standardized as ModelTreeEnsemble does it: float32, with the float32 mean and scale of the set
        standardized.append((feature - samples.mean) / samples.scale)
        sizes += [draws.shape[1]] * draws.shape[0]
        tree_sets += [index] * draws.shape[0]
    sizes, tree_sets = np.array(sizes), np.array(tree_sets)
    target, weight = np.concatenate(targets).astype(np.float64), np.concatenate(weights).astype(np.float64)
    leaves, splits = _Forest(np.concatenate(features), target, weight, sizes).grow(min_samples_leaf, is_canceled)
    leaf_tree = np.searchsorted(np.cumsum(sizes) - sizes, leaves[:, 0], side="right") - 1
    leaf_set = tree_sets[leaf_tree]
    means = np.array([samples.mean for samples in sets], dtype=np.float32)
    scales = np.array([samples.scale for samples in sets], dtype=np.float32)
    lines = _leaf_lines(leaves, np.concatenate(standardized), target, weight, means[leaf_set], scales[leaf_set])
    splits = splits[np.lexsort((splits[:, 1], splits[:, 0]))]
    tree_lines = np.split(lines, np.cumsum(np.bincount(leaf_tree, minlength=sizes.size))[:-1])
    tree_thresholds = np.split(splits[:, 1], np.cumsum(np.bincount(splits[:, 0].astype(np.intp),
                                                                   minlength=sizes.size))[:-1])
    return zip(tree_sets, tree_lines, tree_thresholds)


class _Forest:
    """Sorted bootstrap samples of a few trees laid end to end (``sizes`` each), with prefix
    sums over all of them (a node's sums are differences of two). For the split scores the
    targets are centred on each tree's weighted mean: the best split is the same, the sums of
    squares smaller."""

    def __init__(self, feature, target, weight, sizes):
        self.feature = feature
        ends = np.cumsum(sizes)
        self.tree_starts, self.tree_ends = ends - sizes, ends
        centred = np.empty_like(target)
        for start, end in zip(self.tree_starts, self.tree_ends):
            part = slice(start, end)
            centred[part] = target[part] - np.dot(weight[part], target[part]) / weight[part].sum()
        weighted = weight * centred
        # whether a split may fall before each sample: scikit-learn's candidates
        self.splits_between = np.r_[False, feature[1:] > feature[:-1] + FEATURE_THRESHOLD]
        self.weights, self.sums, self.squares = (np.concatenate([[0.0], np.cumsum(values)])
                                                 for values in (weight, weighted, weighted * centred))

    def grow(self, min_samples_leaf, is_canceled=None):
        """(leaves, splits): the leaves as (start, end) rows, sorted by start, and the splits
        as (tree, threshold) rows."""
        from ..errors import Canceled
        start, end = self.tree_starts.copy(), self.tree_ends.copy()
        leaves, splits = [], []
        while start.size:
            if is_canceled and is_canceled():
                raise Canceled()
            weights = self.weights[end] - self.weights[start]
            with np.errstate(invalid="ignore", divide="ignore"):
                mean = (self.sums[end] - self.sums[start]) / weights
                impurity = (self.squares[end] - self.squares[start]) / weights - mean * mean
            splittable = (end - start >= max(2, 2 * min_samples_leaf)) & (impurity > EPSILON)
            leaves.append(np.column_stack([start[~splittable], end[~splittable]]))
            start, end, weights = start[splittable], end[splittable], weights[splittable]
            position = self._best_split(start, end, weights, min_samples_leaf)
            found = position > 0
            leaves.append(np.column_stack([start[~found], end[~found]]))
            start, end, position = start[found], end[found], position[found]
            left, right = self.feature[position - 1].astype(np.float64), self.feature[position].astype(np.float64)
            threshold = left / 2.0 + right / 2.0
            threshold = np.where(threshold == right, left, threshold)
            tree = np.searchsorted(self.tree_starts, start, side="right") - 1
            splits.append(np.column_stack([tree, threshold]))
            start, end = np.concatenate([start, position]), np.concatenate([position, end])
        leaves = np.concatenate(leaves)
        return leaves[np.argsort(leaves[:, 0])], np.concatenate(splits) if splits else np.zeros((0, 2))

    def _best_split(self, start, end, weights, min_samples_leaf):
        """For each node ``start...end``: the first position of its right child under the
        best split, 0 where no split keeps ``min_samples_leaf`` samples on each side."""
        counts = end - start - 2 * min_samples_leaf + 1
        first = np.cumsum(counts) - counts

        node_of = np.repeat(np.arange(counts.size), counts)  # the node of each candidate

        def each(values):  # a value per node, repeated for each of its candidates (a gather: 4x faster)
            return np.take(values, node_of)

        position = np.arange(first[-1] + counts[-1] if counts.size else 0) + each(start + min_samples_leaf - first)
        left_weight = self.weights[position] - each(self.weights[start])
        left_sum = self.sums[position] - each(self.sums[start])
        right_sum = each(self.sums[end] - self.sums[start]) - left_sum
        left_sum *= left_sum
        left_sum /= left_weight
        right_sum *= right_sum
        right_sum /= each(weights) - left_weight
        score = np.add(left_sum, right_sum, out=left_sum)
        score[~self.splits_between[position]] = -np.inf
        best = np.maximum.reduceat(score, first) if score.size else np.zeros(0)
        hits = np.flatnonzero(score == each(best))
        node = np.searchsorted(first, hits, side="right") - 1
        hits = hits[np.r_[True, node[1:] != node[:-1]]] if hits.size else hits
        return np.where(best > -np.inf, position[hits], 0)


def _leaf_lines(leaves, standardized, target, weight, mean, scale):
    """(a, b, low, high) of each leaf: its prediction is ``clip(a + b * v, low, high)`` for a
    predictor value ``v``, from the ridge fit on the ``standardized`` predictor (constant not
    penalised; ``mean`` and ``scale`` of each leaf standardize it) and the leaf's target range
    widened by ``CLIP_MARGIN`` of it."""
    starts = leaves[:, 0]
    standardized = standardized.astype(np.float64)
    w, y = weight, target
    total, z, zz = (np.add.reduceat(values, starts) for values in (w, w * standardized, w * standardized ** 2))
    wy, zy = np.add.reduceat(w * y, starts), np.add.reduceat(w * standardized * y, starts)
    gram = np.stack([np.stack([total, z], -1), np.stack([z, zz + RIDGE * total], -1)], -2)
    beta = np.linalg.solve(gram, np.stack([wy, zy], -1)[..., None])[..., 0]
    low, high = np.minimum.reduceat(y, starts), np.maximum.reduceat(y, starts)
    margin = CLIP_MARGIN * (high - low)
    return np.column_stack([beta[:, 0] - beta[:, 1] * mean / scale, beta[:, 1] / scale,
                            low - margin, high + margin])


def _combined(lines, leaf_tree, thresholds, threshold_tree, n_trees):
    """The mean of ``n_trees`` clipped-linear trees as one :class:`PiecewiseLinear`: ``lines``
    holds (a, b, low, high) of their leaves, tree by tree in the order of each tree's sorted
    ``thresholds`` (``leaf_tree`` and ``threshold_tree`` say whose)."""
    a, b, low, high = lines.T
    # each leaf's interval: between its tree's thresholds that precede and follow it
    first = np.r_[True, leaf_tree[1:] != leaf_tree[:-1]]
    last = np.r_[leaf_tree[1:] != leaf_tree[:-1], True]
    upper = np.arange(leaf_tree.size) - leaf_tree  # the index of a leaf's upper threshold
    padded = np.append(thresholds, np.inf)
    above, below = np.where(last, np.inf, padded[upper]), np.where(first, -np.inf, padded[upper - 1])
    clip_points = []
    with np.errstate(divide="ignore", invalid="ignore"):
        for bound in (low, high):
            point = (bound - a) / b
            clip_points.append(point[(b != 0) & (point > below) & (point < above)])  # only where its line is
    breaks = np.unique(np.concatenate([thresholds] + clip_points))
    # Interval i is (breaks[i-1], breaks[i]]: the leaves hold on it whole (v <= t goes left,
    # as in scikit-learn), and each leaf's line is clipped on it or not (its clip points are breaks).
    right = np.append(breaks, np.inf)
    left = np.insert(breaks, 0, -np.inf)
    with np.errstate(invalid="ignore"):
        middle = np.where(np.isfinite(left) & np.isfinite(right), (left + right) / 2,
                          np.where(np.isfinite(right), right - 1, np.where(np.isfinite(left), left + 1, 0)))
    # the leaf of each tree on each interval: its first leaf plus its thresholds left of the
    # interval; a few trees at a time, so that the (trees, intervals) arrays stay bounded
    crossing = np.searchsorted(breaks, thresholds) + 1
    first_leaves = np.flatnonzero(first)
    intercept, slope = np.zeros(right.size), np.zeros(right.size)
    step = max(1, COMBINE_CELLS // right.size)
    for start in range(0, n_trees, step):
        trees = min(step, n_trees - start)
        mine = slice(*np.searchsorted(threshold_tree, [start, start + trees]))
        crossed = np.bincount((threshold_tree[mine] - start) * right.size + crossing[mine],
                              minlength=trees * right.size).reshape(trees, right.size)
        leaf = np.cumsum(crossed, axis=1) + first_leaves[start:start + trees, None]
        leaf_a, leaf_b, leaf_low, leaf_high = (column[leaf] for column in (a, b, low, high))
        value = leaf_a + leaf_b * middle
        clipped = (value < leaf_low) | (value > leaf_high)
        intercept += np.where(clipped, np.clip(value, leaf_low, leaf_high), leaf_a).sum(axis=0)
        slope += np.where(clipped, 0, leaf_b).sum(axis=0)
    return PiecewiseLinear(breaks, intercept / n_trees, slope / n_trees)


@dataclass
class PiecewiseLinear:
    """A function of one predictor, linear on each interval between sorted ``breaks``:
    ``intercept[i] + slope[i] * v`` for ``breaks[i-1] < v <= breaks[i]``."""

    breaks: np.ndarray
    intercept: np.ndarray
    slope: np.ndarray

    def __post_init__(self):
        # The largest float32 at or below each break: a float32 v exceeds it where it exceeds
        # the break, so float32 predictors are searched without a float64 copy.
        with np.errstate(over="ignore"):  # beyond float32: infinite
            below = self.breaks.astype(np.float32)
        above = below > self.breaks
        below[above] = np.nextafter(below[above], np.float32(-np.inf))
        self._buckets = BreakBuckets(below)
        # float32 lines for the fine grid, their intercepts less a central value: float32
        # arithmetic on fields of a few kelvin, then the value added once, within a float32
        # step of the float64 function (twice as fast as float64 lines times float32 values)
        finite = self.intercept[np.isfinite(self.intercept)]
        self._centre = np.float32(np.median(finite) if finite.size else 0.0)
        self._slope32 = self.slope.astype(np.float32)
        self._intercept32 = (self.intercept - float(self._centre)).astype(np.float32)

    def __call__(self, values):
        """The function (float64) at float32 ``values`` of any shape, NaN where they are NaN."""
        return self._lookup(values, self.slope, self.intercept, np.float64)

    def _lookup(self, values, slope, intercept, dtype):
        """``intercept + slope * values`` on each value's interval, in ``dtype`` (the lines'), by chunks."""
        flat = np.ascontiguousarray(values, dtype=np.float32).reshape(-1)
        out = np.empty(flat.size, dtype=dtype)
        size = min(flat.size, LOOKUP_CHUNK)
        interval, bucket = np.empty(size, dtype=np.int32), np.empty(size, dtype=np.intp)
        for start in range(0, flat.size, LOOKUP_CHUNK):
            chunk, part = flat[start:start + LOOKUP_CHUNK], out[start:start + LOOKUP_CHUNK]
            index = self._buckets.intervals(chunk, interval[:chunk.size], bucket[:chunk.size])
            # in range: "clip" skips the bounds check, and the default mode's copy of ``out``
            np.take(slope, index, out=part, mode="clip")
            part *= chunk
            part += np.take(intercept, index, mode="clip")
        return out.reshape(np.shape(values))

    def predict(self, features, chunk=1 << 20):
        """Predictions (float64) of (n_samples, 1) ``features``, ``chunk`` at a time (bounded temporaries)."""
        values = np.asarray(features)[:, 0]
        out = np.empty(values.size)
        for start in range(0, values.size, chunk):
            out[start:start + chunk] = self(values[start:start + chunk].astype(np.float32, copy=False))
        return out

    def predict_grid(self, values, valid):
        """The prediction (float32, within a float32 step of the function) of the predictor's rows
        ``values`` (1, rows, cols), NaN where not ``valid``."""
        out = self._lookup(values[0], self._slope32, self._intercept32, np.float32)
        out += self._centre
        out[~valid] = np.nan
        return out


class BreakBuckets:
    """The interval of float32 values among sorted float32 ``breaks`` (the number of breaks
    below each value, as ``np.searchsorted(breaks, v)``) by a table instead of a binary search.

    Equal buckets span the bulk of the breaks, within Tukey's fences (quartiles widened by 1.5
    times their gap: a fifth of the breaks of a small ensemble are the clip points of nearly flat
    leaf lines, far out), with a bucket below and one above for the rest. A value's bucket
    comes from float arithmetic that never decreases as the value grows, so the breaks of the
    buckets below a value's are below it and those of the buckets above above it: its interval
    is the breaks before its bucket, plus one if it exceeds the bucket's first break. Where a
    bucket holds several breaks, a value at or below the first is still before them all, and
    the binary search decides for the others: 0.5 % of the fine pixels of the speed bench's
    scene with its global trees, 0.2 % with its local ones (where water's NDVI of -1 lies just
    below clustered breaks). NaN values get some interval, and any function value times NaN is NaN.
    """

    def __init__(self, breaks):
        self.breaks = breaks
        finite = breaks[np.isfinite(breaks)]
        low, high = np.percentile(finite, [25, 75]) if finite.size else (0.0, 0.0)
        self.table = high > low
        if not self.table:  # no bulk to spread buckets over: the binary search alone
            return
        low, high = low - 1.5 * (high - low), high + 1.5 * (high - low)
        count = int(min(MAX_BUCKETS, 2 ** np.ceil(np.log2(BUCKETS_PER_BREAK * breaks.size))))
        self.scale = np.float32(count / (high - low))
        self.shift = np.float32(1 - low * float(self.scale))  # bucket 0: below ``low``
        self.top = np.float32(count + 1)                          # bucket count + 1: above ``high``
        of_breaks = self._buckets(breaks, np.empty(breaks.size, dtype=np.int32))
        before = np.searchsorted(of_breaks, np.arange(count + 2))
        several = np.diff(np.append(before, breaks.size)) > 1
        # int32 and float32: 8 bytes a bucket (the 256 local ensembles of a large scene have 16384 each).
        # A bucket of several breaks has a negative code, -2 - 2 x (the count before it): plus one
        # for a value above its first break (odd: searched), as the count is for the others (even)
        self.before = np.where(several, -2 - 2 * before, before).astype(np.int32)
        self.first = np.append(breaks, np.float32(np.inf))[before].astype(np.float32)

    def _buckets(self, values, out):
        with np.errstate(over="ignore"):  # values far out: infinite, then the end buckets
            scaled = np.multiply(values, self.scale)
            scaled += self.shift
        np.fmax(scaled, 0, out=scaled)  # NaN too
        np.fmin(scaled, self.top, out=scaled)
        np.copyto(out, scaled, casting="unsafe")
        return out

    def intervals(self, values, out, work):
        """The intervals of the float32 1-D ``values``, in ``out`` (int32, as long; ``work``: intp, as long)."""
        if not self.table:
            out[:] = np.searchsorted(self.breaks, values)
            return out
        bucket = self._buckets(values, work)
        interval = np.take(self.before, bucket, out=out, mode="clip")  # in range: "clip" skips the bounds check
        interval += np.take(self.first, bucket, mode="clip") < values
        several = np.flatnonzero(interval < 0)
        if several.size:
            code = interval[several]
            below_first = code % 2 == 0
            interval[several[below_first]] = (-2 - code[below_first]) // 2
            searched = several[~below_first]
            interval[searched] = np.searchsorted(self.breaks, values[searched])
        return interval
