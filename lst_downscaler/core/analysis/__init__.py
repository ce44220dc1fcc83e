"""Analysis of LST maps: heat-map rendering (PNG) and hot spots."""
