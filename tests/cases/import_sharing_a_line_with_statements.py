import os; import torch; y = 1
x = 2; import torch.nn as nn
import torch.nn.functional as F; z = F.relu(x)
w = 3; import torch.optim as optim  # optimizers
import torch.utils.data;
if y: import torch.cuda
try: import torch.autograd; v = 4
except ImportError: pass

# output
from jittor import nn
import os; y = 1
x = 2
z = nn.relu(x)
w = 3  # optimizers
if y: pass
try: v = 4
except ImportError: pass
