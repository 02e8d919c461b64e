"""The scoring engine: value functions, weights, rankings, uncertainty, sensitivity,
parties' perspectives, cost-effectiveness and the best package within a budget.

Pure numpy kernels behind validating wrappers, independent of the project
database: inputs are a :class:`DecisionMatrix` (read-only arrays) and
frozen records, outputs are frozen result records that state their method,
normalisation, weights and (for random draws) seed. Bad input raises
:class:`ScoringError` with a Dutch message (``error.message("en")`` for
English). scipy is imported lazily by the functions that need it
(portfolio optimisation, Kendall's tau).
"""

from __future__ import annotations

from workbench.scoring.additive import AdditiveScores, additive_kernel, rank_additive
from workbench.scoring.ahp import SAATY_RI, AHPResult, Judgement, ahp, ahp_weights
from workbench.scoring.costeffect import (
    CostEffectiveness,
    cost_effectiveness,
    pareto_efficient,
    ratio_range,
)
from workbench.scoring.errors import Language, ScoringError, format_message
from workbench.scoring.matrix import DecisionMatrix
from workbench.scoring.parties import (
    MeasureStanding,
    Positions,
    RedLineViolation,
    common_top_k,
    kendall_tau,
    measure_flags,
    package_violations,
    red_line_sets,
    tau_matrix,
)
from workbench.scoring.portfolio import (
    FrontierPoint,
    PortfolioResult,
    conflicting_constraints,
    efficient_frontier,
    optimise,
)
from workbench.scoring.portfolio_model import (
    Constraint,
    PortfolioInputs,
    PortfolioProblem,
    portfolio_inputs,
)
from workbench.scoring.promethee import promethee2_kernel, rank_promethee2
from workbench.scoring.result import RankingResult
from workbench.scoring.sensitivity import (
    SensitivityResult,
    Tornado,
    WeightInterval,
    sensitivity,
    tornado,
)
from workbench.scoring.smaa import SMAAResult, smaa2
from workbench.scoring.smaa_sampling import FixedWeights, OrdinalWeights, UniformWeights
from workbench.scoring.topsis import rank_topsis, topsis_kernel
from workbench.scoring.valuefn import LinearValue, PiecewiseLinearValue, ValueFunction, VerbalValue
from workbench.scoring.weights import (
    Weights,
    as_weights,
    direct_weights,
    direct_weights_from_mapping,
    rank_order_centroid,
    roc_weights,
    swing_weights,
)

__all__ = [
    "SAATY_RI", "AHPResult", "AdditiveScores", "Constraint", "CostEffectiveness", "DecisionMatrix",
    "FixedWeights", "FrontierPoint", "Judgement", "Language", "LinearValue", "MeasureStanding",
    "OrdinalWeights", "PiecewiseLinearValue", "PortfolioInputs", "PortfolioProblem",
    "PortfolioResult", "Positions", "RankingResult", "RedLineViolation", "SMAAResult",
    "ScoringError", "SensitivityResult", "Tornado", "UniformWeights", "ValueFunction",
    "VerbalValue", "WeightInterval", "Weights", "additive_kernel", "ahp", "ahp_weights",
    "as_weights", "common_top_k", "conflicting_constraints", "cost_effectiveness",
    "direct_weights", "direct_weights_from_mapping", "efficient_frontier", "format_message",
    "kendall_tau", "measure_flags", "optimise", "package_violations", "pareto_efficient",
    "portfolio_inputs", "promethee2_kernel", "rank_additive", "rank_order_centroid",
    "rank_promethee2", "rank_topsis", "ratio_range", "red_line_sets", "roc_weights",
    "sensitivity", "smaa2", "swing_weights", "tau_matrix", "topsis_kernel", "tornado",
]
