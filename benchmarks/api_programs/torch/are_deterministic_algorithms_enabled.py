# api: torch.are_deterministic_algorithms_enabled
import torch
deterministic = torch.are_deterministic_algorithms_enabled()
