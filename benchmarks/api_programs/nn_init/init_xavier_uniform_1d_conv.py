# api: torch.nn.init.xavier_uniform_
import torch
import torch.nn as nn
conv = nn.Conv1d(8, 4, 5)
nn.init.xavier_uniform_(conv.weight)
bound = (6.0 / (8 * 5 + 4 * 5)) ** 0.5
within = bool(conv.weight.abs().max() <= bound + 1e-6)
shape = conv.weight.shape
