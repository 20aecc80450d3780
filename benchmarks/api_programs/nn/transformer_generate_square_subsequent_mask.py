# api: torch.nn.Transformer.generate_square_subsequent_mask
import torch
import torch.nn as nn
mask = nn.Transformer.generate_square_subsequent_mask(4)
dtype = mask.dtype
