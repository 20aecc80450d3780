# api: torch.logspace
import torch
decades = torch.logspace(0, 2, steps=3)
powers_of_two = torch.logspace(0, 3, 4, base=2)
learning_rates = torch.logspace(-4, -1, 4, dtype=torch.float64)
