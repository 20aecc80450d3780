# api: torch.initial_seed
import torch
torch.manual_seed(42)
seed = torch.initial_seed()
