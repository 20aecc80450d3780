# api: torch.seed
import torch
s = torch.seed()
results = {"is_int": isinstance(s, int), "initial_matches": torch.initial_seed() == s}
