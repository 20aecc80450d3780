# api: torch.nn.ReflectionPad2d
import torch
import torch.nn as nn
image = torch.arange(9.).reshape(1, 1, 3, 3)
padded = nn.ReflectionPad2d(2)(image)
pad = nn.ReflectionPad2d((1, 1, 2, 0))
padded_asym = pad(image)
