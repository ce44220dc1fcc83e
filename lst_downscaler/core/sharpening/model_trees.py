"""Bagged regression trees with a linear model in each leaf, for the Data Mining Sharpener.

Gao, Kustas and Anderson (2012) use Cubist-like model trees: the predictor space is split
by a regression tree and a linear regression is fitted in each leaf. Here each tree of a
bagging ensemble is scikit-learn's ``DecisionTreeRegressor`` (which gives the partition),
and every leaf gets a weighted least-squares fit on the standardized predictors, with a
small ridge so that leaves of few samples stay stable. A leaf's prediction is clipped to
the range of the targets it was fitted on, widened by half that range, so that fine
pixels whose predictors lie beyond the coarse training range do not extrapolate wildly.

With a single predictor (NDVI alone, the usual case) :mod:`.interval_trees` grows the same
trees, all at once, and gives the ensemble as one piecewise-linear function.
"""

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

RIDGE = 0.1          # ridge penalty, relative to the leaf's total sample weight
CLIP_MARGIN = 0.5    # leaf predictions are kept within its target range +- this share of it
MAX_SAMPLES = 50000  # bootstrap sample size cap: training time stays bounded on large scenes

_THREAD = threading.local()


def _random_state(seed):
    """A RandomState seeded with ``seed``, the same one for every tree of a thread: creating one
    takes 0.1 ms, as long as building a small tree, reseeding it 2 µs (the draws are the same)."""
    if not hasattr(_THREAD, "random_state"):
        _THREAD.random_state = np.random.RandomState()
    _THREAD.random_state.seed(seed)
    return _THREAD.random_state


@dataclass
class Samples:
    """The training samples of an ensemble: (n, n_features) float32 features, targets and
    weights. A sample set that reads its samples elsewhere where drawn (DMS's whole-scene one)
    has the same ``size``, ``n_features``, ``take`` and ``moments``."""

    features: np.ndarray
    target: np.ndarray
    weight: np.ndarray

    @property
    def size(self):
        return self.target.size

    @property
    def n_features(self):
        return self.features.shape[1]

    def take(self, indices):
        """(features, target, weight) of the samples ``indices`` (an index array or a slice)."""
        return self.features[indices], self.target[indices], self.weight[indices]

    def moments(self):
        return feature_moments(self.features)


def feature_moments(features):
    """The float32 mean and standard deviation of each feature of (n, n_features) float32
    samples, by which they are standardized."""
    return features.mean(axis=0), features.std(axis=0)


def bootstrap_samples(n, n_trees, max_samples, seed):
    """(sample indices, tree seed) of each tree, drawn one tree at a time: a bootstrap sample of
    at most ``max_samples`` of the ``n`` samples (all of them, in order, for a single tree that
    can take them all)."""
    rng = np.random.default_rng(seed)
    for _ in range(n_trees):
        if n_trees > 1 or n > max_samples:
            sample = rng.integers(0, n, min(n, max_samples))
        else:
            sample = np.arange(n)
        yield sample, int(rng.integers(1 << 31))


def _leaf_fits(leaves, design, target, weight, n_nodes):
    """Ridge-regularised weighted least squares in every leaf at once (the constant is not
    penalised); returns (n_nodes, n_terms) coefficients and each leaf's target range."""
    terms = design.shape[1]
    weighted = design * weight[:, None]
    gram = np.zeros((n_nodes, terms, terms))
    moment = np.zeros((n_nodes, terms))
    for i in range(terms):
        moment[:, i] = np.bincount(leaves, weights=weighted[:, i] * target, minlength=n_nodes)
        for j in range(i, terms):
            gram[:, i, j] = gram[:, j, i] = np.bincount(leaves, weights=weighted[:, i] * design[:, j],
                                                        minlength=n_nodes)
    total = np.bincount(leaves, weights=weight, minlength=n_nodes)
    penalty = np.eye(terms)
    penalty[0, 0] = 0
    used = total > 0
    coefficients = np.zeros((n_nodes, terms))
    coefficients[used] = np.linalg.solve(gram[used] + RIDGE * total[used, None, None] * penalty,
                                         moment[used][..., None])[..., 0]
    low, high = np.full(n_nodes, np.inf), np.full(n_nodes, -np.inf)
    order = np.argsort(leaves, kind="stable")
    sorted_leaves = leaves[order]
    starts = np.flatnonzero(np.diff(sorted_leaves, prepend=-1))
    present = sorted_leaves[starts]
    low[present] = np.minimum.reduceat(target[order], starts)
    high[present] = np.maximum.reduceat(target[order], starts)
    margin = CLIP_MARGIN * np.where(used, high - low, 0)
    return coefficients, low - margin, high + margin


@dataclass
class _Tree:
    tree: object
    coefficients: np.ndarray  # (n_nodes, 1 + n_features), rows of the leaves filled
    low: np.ndarray           # (n_nodes,) lower bound of a leaf's prediction
    high: np.ndarray

    def predict(self, features, standardized):
        leaves = self.tree.apply(features)
        beta = self.coefficients[leaves]
        value = beta[:, 0] + np.einsum("nk,nk->n", beta[:, 1:], standardized)
        return np.clip(value, self.low[leaves], self.high[leaves])


class ModelTreeEnsemble:
    """Bagging ensemble of model trees; ``fit`` then ``predict`` on (n_samples, n_features)."""

    def __init__(self, n_trees=20, min_samples_leaf=10, seed=0, max_samples=MAX_SAMPLES):
        self.n_trees = n_trees
        self.max_samples = max_samples
        self.min_samples_leaf = min_samples_leaf
        self.seed = seed
        self.trees = []

    def fit(self, features, target, weight, is_canceled=None, threads=1):
        """Fit the trees, ``threads`` at a time (scikit-learn builds a tree without the GIL); the
        bootstrap samples and seeds are drawn beforehand, so the trees do not depend on ``threads``."""
        return self.fit_samples(Samples(np.asarray(features, dtype=np.float32), target, weight), is_canceled,
                                threads)

    def fit_samples(self, samples, is_canceled=None, threads=1):
        """:meth:`fit` on a :class:`Samples` (or a set read where drawn)."""
        from ..errors import Canceled
        self.mean, self.scale = samples.moments()
        self.scale[self.scale == 0] = 1
        draws = list(bootstrap_samples(samples.size, self.n_trees, self.max_samples, self.seed))

        def fit_tree(sample, seed):
            if is_canceled and is_canceled():
                raise Canceled()
            return self._fit_tree(*samples.take(sample), seed)

        if threads > 1:
            with ThreadPoolExecutor(threads) as pool:
                self.trees = list(pool.map(lambda draw: fit_tree(*draw), draws))
        else:
            self.trees = [fit_tree(*draw) for draw in draws]
        return self

    def _fit_tree(self, x, target, weight, seed):
        from .sklearn_tree import PartitionTree
        tree = PartitionTree(min_samples_leaf=self.min_samples_leaf, random_state=_random_state(seed))
        x = np.ascontiguousarray(x)
        # the arrays are float32/float64 and contiguous already: no scikit-learn checks (a third of the time)
        tree.fit(x, target.astype(np.float64), sample_weight=weight.astype(np.float64), check_input=False)
        leaves = tree.apply(x, check_input=False)
        design = np.column_stack([np.ones(len(x)), (x - self.mean) / self.scale])
        coefficients, low, high = _leaf_fits(leaves, design, target, weight, tree.tree_.node_count)
        return _Tree(tree, coefficients, low, high)

    def predict_grid(self, values, valid):
        """The prediction (float32, as the fine grids) of the predictors' rows ``values``
        (predictors, rows, cols), NaN where not ``valid``."""
        out = np.full(valid.shape, np.nan, dtype=np.float32)
        out[valid] = self.predict(values[:, valid].T)
        return out

    def predict(self, features):
        features = np.asarray(features, dtype=np.float32)
        if not len(features):
            return np.zeros(0)
        standardized = (features - self.mean) / self.scale
        total = np.zeros(len(features))
        for tree in self.trees:  # summed one tree at a time: memory of a few strips, not n_trees
            total += tree.predict(features, standardized)
        return total / len(self.trees)
