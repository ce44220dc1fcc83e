"""Bagged regression trees with a linear model in each leaf, for the Data Mining Sharpener.

Gao, Kustas and Anderson (2012) use Cubist-like model trees: the predictor space is split
by a regression tree and a linear regression is fitted in each leaf. Here each tree of a
bagging ensemble is scikit-learn's ``DecisionTreeRegressor`` (which gives the partition),
and every leaf gets a weighted least-squares fit on the standardized predictors, with a
small ridge so that leaves of few samples stay stable. A leaf's prediction is clipped to
the range of the targets it was fitted on, widened by half that range, so that fine
pixels whose predictors lie beyond the coarse training range do not extrapolate wildly.
"""

from dataclasses import dataclass

import numpy as np

RIDGE = 0.1          # ridge penalty, relative to the leaf's total sample weight
CLIP_MARGIN = 0.5    # leaf predictions are kept within its target range +- this share of it
MAX_SAMPLES = 50000  # bootstrap sample size cap: training time stays bounded on large scenes


def _leaf_fits(leaves, design, target, weight, n_nodes):
    """Ridge-regularised weighted least squares in every leaf at once (the constant is not
    penalised); returns (n_nodes, n_terms) coefficients and each leaf's target range."""
    terms = design.shape[1]
    weighted = design * weight[:, None]
    gram = np.zeros((n_nodes, terms, terms))
    np.add.at(gram, leaves, np.einsum("ni,nj->nij", weighted, design))
    moment = np.zeros((n_nodes, terms))
    np.add.at(moment, leaves, weighted * target[:, None])
    total = np.bincount(leaves, weights=weight, minlength=n_nodes)
    penalty = np.eye(terms)
    penalty[0, 0] = 0
    used = total > 0
    coefficients = np.zeros((n_nodes, terms))
    coefficients[used] = np.linalg.solve(gram[used] + RIDGE * total[used, None, None] * penalty,
                                         moment[used][..., None])[..., 0]
    low, high = np.full(n_nodes, np.inf), np.full(n_nodes, -np.inf)
    np.minimum.at(low, leaves, target)
    np.maximum.at(high, leaves, target)
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

    def fit(self, features, target, weight, is_canceled=None):
        from sklearn.tree import DecisionTreeRegressor
        from ..errors import Canceled
        features = np.asarray(features, dtype=np.float32)
        self.mean = features.mean(axis=0)
        self.scale = features.std(axis=0)
        self.scale[self.scale == 0] = 1
        standardized = (features - self.mean) / self.scale
        rng = np.random.default_rng(self.seed)
        n = len(target)
        self.trees = []
        for _ in range(self.n_trees):
            if is_canceled and is_canceled():
                raise Canceled()
            if self.n_trees > 1 or n > self.max_samples:
                sample = rng.integers(0, n, min(n, self.max_samples))
            else:
                sample = np.arange(n)
            tree = DecisionTreeRegressor(min_samples_leaf=self.min_samples_leaf,
                                         random_state=int(rng.integers(1 << 31)))
            tree.fit(features[sample], target[sample], sample_weight=weight[sample])
            leaves = tree.apply(features[sample])
            design = np.column_stack([np.ones(len(sample)), standardized[sample]])
            coefficients, low, high = _leaf_fits(leaves, design, target[sample], weight[sample],
                                                 tree.tree_.node_count)
            self.trees.append(_Tree(tree, coefficients, low, high))
        return self

    def predict(self, features):
        features = np.asarray(features, dtype=np.float32)
        if not len(features):
            return np.zeros(0)
        standardized = (features - self.mean) / self.scale
        total = np.zeros(len(features))
        for tree in self.trees:  # summed one tree at a time: memory of a few strips, not n_trees
            total += tree.predict(features, standardized)
        return total / len(self.trees)
