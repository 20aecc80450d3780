# api: torch.combinations
import torch
items = torch.tensor([1, 2, 3])
pairs = torch.combinations(items)
triples = torch.combinations(items, r=3)
with_rep = torch.combinations(items, with_replacement=True)
