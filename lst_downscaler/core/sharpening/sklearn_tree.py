"""scikit-learn's regression tree for :mod:`.model_trees`, imported only when trees are fitted
(scikit-learn is an optional dependency)."""

from sklearn.tree import DecisionTreeRegressor


class PartitionTree(DecisionTreeRegressor):
    """``DecisionTreeRegressor`` without the check of its constructor's parameters, which
    takes longer than building a tree on a DMS local window's samples. The parameters that
    :mod:`.model_trees` gives are always valid."""

    def _validate_params(self):
        pass
