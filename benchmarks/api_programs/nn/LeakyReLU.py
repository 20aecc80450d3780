# api: torch.nn.LeakyReLU
import torch
import torch.nn as nn
y = nn.LeakyReLU(0.2)(torch.tensor([-5.0, 5.0]))
