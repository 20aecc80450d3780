# api: torch.Tensor.random_
import torch
dice = torch.zeros(1000, dtype=torch.int64).random_(1, 7)
below = torch.zeros(1000).random_(4)
results = {"dtype": dice.dtype, "dice_min": dice.min(), "dice_max": dice.max(), "below_dtype": below.dtype,
           "below_values": torch.unique(below)}
