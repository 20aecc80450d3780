# api: torch.is_deterministic_algorithms_warn_only_enabled
import torch
warn_only = torch.is_deterministic_algorithms_warn_only_enabled()
