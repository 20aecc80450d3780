# api: torch.is_autocast_enabled
import torch
enabled = torch.is_autocast_enabled()
cpu_enabled = torch.is_autocast_enabled("cpu")
