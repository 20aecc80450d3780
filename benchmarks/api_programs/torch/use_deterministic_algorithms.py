# api: torch.use_deterministic_algorithms
import torch
torch.use_deterministic_algorithms(True)
enabled = torch.are_deterministic_algorithms_enabled()
index = torch.tensor([0, 1, 0, 2])
totals = torch.zeros(3).index_add(0, index, torch.tensor([1.0, 2.0, 3.0, 4.0]))
torch.use_deterministic_algorithms(False)
disabled = torch.are_deterministic_algorithms_enabled()
