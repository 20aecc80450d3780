# api: torch.nn.init.calculate_gain
import torch.nn as nn
gains = [nn.init.calculate_gain(n) for n in ["linear", "conv2d", "sigmoid", "tanh", "relu", "selu"]]
leaky_default = nn.init.calculate_gain("leaky_relu")
leaky = nn.init.calculate_gain("leaky_relu", 0.2)
leaky_kw = nn.init.calculate_gain(nonlinearity="leaky_relu", param=0.5)
