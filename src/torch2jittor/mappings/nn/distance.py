"""CosineSimilarity, PairwiseDistance (torch/nn/modules/distance.py) and their functional forms."""
from ..schema import function, layer

ENTRIES = {
    "torch.nn.CosineSimilarity": layer("dim=1, eps=1e-08", "CosineSimilarity"),
    "torch.nn.PairwiseDistance": layer("p=2.0, eps=1e-06, keepdim=False", "PairwiseDistance"),
    "torch.nn.functional.cosine_similarity": function("x1, x2, dim=1, eps=1e-08", "t2j", "cosine_similarity"),
    "torch.nn.functional.pairwise_distance": function("x1, x2, p=2.0, eps=1e-06, keepdim=False", "t2j",
                                                      "pairwise_distance"),
    "torch.nn.functional.pdist": function("input, p=2", "t2j", "pdist"),
}

# torch.* names that are these very functions (`torch.X is torch.nn.functional.X`).
ALIASES = {
    **{f"torch.{name}": f"torch.nn.functional.{name}" for name in "cosine_similarity pairwise_distance pdist".split()},
}
