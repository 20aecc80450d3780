# api: torch.nn.Linear
import torch
import torch.nn as nn
fc = nn.Linear(3, 2)
try:
    fc(torch.ones(2, 4))
    linear_err = "none"
except RuntimeError:
    linear_err = "RuntimeError"
conv = nn.Conv2d(3, 2, 3)
try:
    conv(torch.ones(1, 4, 5, 5))
    conv_err = "none"
except RuntimeError:
    conv_err = "RuntimeError"
try:
    nn.init.xavier_uniform_(torch.empty(5))
    init_err = "none"
except ValueError:
    init_err = "ValueError"
