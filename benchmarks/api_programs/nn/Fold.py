# api: torch.nn.Fold
import torch
import torch.nn as nn
fold = nn.Fold(output_size=(3, 3), kernel_size=2)
patches = torch.arange(16.).reshape(1, 4, 4)
image = fold(patches)
fold_strided = nn.Fold((4, 4), (2, 2), stride=2)
image_strided = fold_strided(patches)
