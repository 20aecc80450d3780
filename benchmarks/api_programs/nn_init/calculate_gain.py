# api: torch.nn.init.calculate_gain
import torch
import torch.nn as nn
gain_relu = nn.init.calculate_gain('relu')
gain_tanh = nn.init.calculate_gain('tanh')
gain_leaky = nn.init.calculate_gain('leaky_relu', 0.2)
gain_linear = nn.init.calculate_gain('linear')
gain_selu = nn.init.calculate_gain(nonlinearity='selu')
