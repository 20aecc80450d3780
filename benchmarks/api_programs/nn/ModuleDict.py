# api: torch.nn.ModuleDict
import torch
import torch.nn as nn
activations = nn.ModuleDict({
    'relu': nn.ReLU(),
    'tanh': nn.Tanh(),
})
activations['sigmoid'] = nn.Sigmoid()
x = torch.tensor([-1.0, 0.0, 2.0])
relu_out = activations['relu'](x)
sigmoid_out = activations['sigmoid'](x)
names = list(activations.keys())
has_tanh = 'tanh' in activations
count = len(activations)
