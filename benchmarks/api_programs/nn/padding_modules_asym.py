# api: torch.nn.ReflectionPad2d
import torch
import torch.nn as nn
x = torch.arange(12.).reshape(1, 1, 3, 4)
refl = nn.ReflectionPad2d((1, 2, 0, 1))(x)
repl = nn.ReplicationPad2d((2, 0, 1, 1))(x)
const = nn.ConstantPad2d((1, 1, 2, 0), value=-5.0)(x)
zero = nn.ZeroPad2d(padding=(0, 1, 1, 0))(x)
pad_attr = nn.ReflectionPad2d(2).padding
