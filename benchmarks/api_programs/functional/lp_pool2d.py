# api: torch.nn.functional.lp_pool2d
import torch
import torch.nn.functional as F
image = torch.arange(16.).reshape(1, 1, 4, 4)
pooled = F.lp_pool2d(image, 2, 2)
pooled_rect = F.lp_pool2d(image, norm_type=3, kernel_size=(2, 1), stride=(2, 1))
