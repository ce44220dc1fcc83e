"""Processing algorithms, one class per algorithm, in subpackages by Toolbox group."""
