"""Toolbox group "Spatiotemporal fusion": a fine LST at base dates and coarse LST at other dates
give fine LST at those dates.

Parameter names follow the fusion literature: FINE_T1 and COARSE_T1 at the base date,
COARSE_T2 at the prediction date, FINE_T3 and COARSE_T3 at a second base date.
"""
