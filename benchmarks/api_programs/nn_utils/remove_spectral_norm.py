# api: torch.nn.utils.remove_spectral_norm
import torch
import torch.nn as nn
lin = nn.Linear(4, 3)
lin = nn.utils.spectral_norm(lin)
had_orig = hasattr(lin, 'weight_orig')
lin = nn.utils.remove_spectral_norm(lin)
has_orig = hasattr(lin, 'weight_orig')
has_u = hasattr(lin, 'weight_u')
weight_is_param = isinstance(lin.weight, nn.Parameter)
weight_shape = lin.weight.shape
y_shape = lin(torch.ones(2, 4)).shape
