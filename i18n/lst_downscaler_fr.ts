<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
  <context>
    <name>lst_downscaler</name>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Heat hot spots</source>
      <translation>Îlots de chaleur</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>&lt;p&gt;Marks the hot spots of a land surface temperature layer, such as a downscaled LST: the pixels strictly above a percentile of the layer's valid pixels (default 90: the hottest tenth of the scene), or above an absolute threshold in the layer's unit (K or °C), which makes dates comparable. The mask holds 1 for hot, 0 for not hot and nodata where the LST is nodata.&lt;/p&gt;&lt;p&gt;With a polygon layer of districts, in any CRS, each district gets the mean and maximum LST of its pixels (fields lst_mean and lst_max, in the layer's unit) and the share of its valid pixels that are hot (hot_share, in %). They come from QGIS's zonal statistics (native:zonalstatisticsfb): a pixel belongs to a district when its centre lies inside it.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Repère les îlots de chaleur d'une couche de température de surface (LST), par exemple une LST désagrégée : les pixels strictement au-dessus d'un centile des pixels valides de la couche (90 par défaut : le dixième le plus chaud de la scène), ou au-dessus d'un seuil absolu dans l'unité de la couche (K ou °C), ce qui rend les dates comparables. Le masque vaut 1 pour chaud, 0 pour non chaud et « sans donnée » là où la LST est sans donnée.&lt;/p&gt;&lt;p&gt;Avec une couche de polygones de quartiers, dans n'importe quel SCR, chaque quartier reçoit la LST moyenne et maximale de ses pixels (champs lst_mean et lst_max, dans l'unité de la couche) et la part de ses pixels valides qui sont chauds (hot_share, en %). Elles viennent des statistiques zonales de QGIS (native:zonalstatisticsfb) : un pixel appartient à un quartier quand son centre s'y trouve.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>LST layer</source>
      <translation>Couche LST</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Percentile above which a pixel is hot</source>
      <translation>Centile au-dessus duquel un pixel est chaud</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Or: absolute threshold, in the layer's unit (empty: the percentile)</source>
      <translation>Ou : seuil absolu, dans l'unité de la couche (vide : le centile)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Districts (polygons)</source>
      <translation>Quartiers (polygones)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Hot spots (1 hot, 0 not)</source>
      <translation>Îlots de chaleur (1 chaud, 0 non)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Heat by district</source>
      <translation>Chaleur par quartier</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Threshold used</source>
      <translation>Seuil utilisé</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Share of hot pixels (%)</source>
      <translation>Part des pixels chauds (%)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>The districts layer already has the fields {}, which this algorithm adds: give the districts without them (not the output of an earlier run).</source>
      <translation>La couche des quartiers a déjà les champs {}, que cet algorithme ajoute : donnez les quartiers sans eux (pas la sortie d'une exécution précédente).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/analysis/heat_hot_spots.py" />
      <source>Threshold {:.2f} {}: {} of {} valid pixels are hot ({:.1f} %).</source>
      <translation>Seuil {:.2f} {} : {} des {} pixels valides sont chauds ({:.1f} %).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Downscaling</source>
      <translation>Désagrégation</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Input preparation</source>
      <translation>Préparation des entrées</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Evaluation</source>
      <translation>Évaluation</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Analysis</source>
      <translation>Analyse</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Spatiotemporal fusion</source>
      <translation>Fusion spatio-temporelle</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Training</source>
      <translation>Entraînement</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Auto (CUDA GPU if available, else CPU)</source>
      <translation>Automatique (GPU CUDA s'il y en a un, sinon CPU)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>CUDA GPU</source>
      <translation>GPU CUDA</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Device</source>
      <translation>Périphérique</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>CUDA device number</source>
      <translation>Numéro du périphérique CUDA</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>None (regression only)</source>
      <translation>Aucune (régression seule)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Block (original method)</source>
      <translation>Par blocs (méthode originale)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Smooth, mass-preserving (block means kept exactly)</source>
      <translation>Lisse, conservant la masse (moyennes des blocs exactement conservées)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Cubic interpolation (for sensor LST such as MODIS)</source>
      <translation>Interpolation cubique (pour une LST de capteur comme MODIS)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>kelvin (K)</source>
      <translation>kelvin (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>degrees Celsius (°C)</source>
      <translation>degrés Celsius (°C)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Output units</source>
      <translation>Unités de sortie</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>{} — {}</source>
      <translation>{} — {}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>{} band</source>
      <translation>Bande de {}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Coarse LST layer</source>
      <translation>Couche LST grossière</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>LST scale (empty: from the layer's metadata)</source>
      <translation>Facteur d'échelle de la LST (vide : d'après les métadonnées de la couche)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>LST offset (empty: from the layer's metadata)</source>
      <translation>Décalage de la LST (vide : d'après les métadonnées de la couche)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Fine NDVI layer</source>
      <translation>Couche NDVI fine</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Or: fine reflectance layer (red and NIR bands)</source>
      <translation>Ou : couche de réflectance fine (bandes rouge et PIR)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Red band</source>
      <translation>Bande rouge</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>NIR band</source>
      <translation>Bande PIR</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>No vegetation input: give a fine NDVI layer, or a reflectance layer with its red and NIR bands.</source>
      <translation>Aucune donnée de végétation : indiquez une couche NDVI fine, ou une couche de réflectance avec ses bandes rouge et PIR.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>Layer '{}' is not a file-based raster (provider '{}'): save it as a GeoTIFF first (Raster &gt; Conversion &gt; Translate).</source>
      <translation>La couche « {} » n'est pas un raster sur fichier (fournisseur « {} ») : enregistrez-la d'abord en GeoTIFF (Raster &gt; Conversion &gt; Traduire).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Canceled: no output was written.</source>
      <translation>Annulé : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/base.py" />
      <source>GDAL could not read or write a file: {}. A truncated or corrupt input, or an output folder that cannot be written, are the usual causes.</source>
      <translation>GDAL n'a pas pu lire ou écrire un fichier : {}. Une entrée tronquée ou corrompue, ou un dossier de sortie où l'écriture est impossible, en sont les causes habituelles.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/bicubic.py" />
      <source>Bicubic upsampling (baseline)</source>
      <translation>Suréchantillonnage bicubique (référence)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/bicubic.py" />
      <source>&lt;p&gt;Interpolates a coarse land surface temperature layer onto the grid of another layer by cubic convolution (Keys 1981), without any auxiliary information. It adds no detail: use it as the reference that a sharpening method has to beat.&lt;/p&gt;&lt;p&gt;The grid layer's pixel size and CRS define the output; fine pixels whose coarse pixel has no LST stay nodata.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Interpole une couche de température de surface (LST) grossière sur la grille d'une autre couche par convolution cubique (Keys 1981), sans aucune information auxiliaire. Elle n'ajoute aucun détail : c'est la référence qu'une méthode d'affinage doit battre.&lt;/p&gt;&lt;p&gt;La taille de pixel et le SCR de la couche de grille définissent la sortie ; les pixels fins dont le pixel grossier n'a pas de LST restent sans donnée.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/bicubic.py" />
      <source>Layer defining the output grid</source>
      <translation>Couche définissant la grille de sortie</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/bicubic.py" />
      <source>Upsampled LST</source>
      <translation>LST suréchantillonnée</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Linear in fractional cover (TsHARP)</source>
      <translation>Linéaire en couvert fractionnel (TsHARP)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Quadratic in NDVI (DisTrad)</source>
      <translation>Quadratique en NDVI (DisTrad)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Linear in NDVI</source>
      <translation>Linéaire en NDVI</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Residual correction</source>
      <translation>Correction du résidu</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Scale factor (0: LST pixel size / output pixel size)</source>
      <translation>Facteur d'échelle (0 : taille de pixel de la LST / taille de pixel de sortie)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Output resolution (0: that of the NDVI layer)</source>
      <translation>Résolution de sortie (0 : celle de la couche NDVI)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Regression</source>
      <translation>Régression</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Fractional cover exponent</source>
      <translation>Exposant du couvert fractionnel</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>NDVI of bare soil (empty: 1st percentile)</source>
      <translation>NDVI du sol nu (vide : 1er centile)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>NDVI of full cover (empty: 99th percentile)</source>
      <translation>NDVI du couvert complet (vide : 99e centile)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Homogeneous pixels fitted: lowest-CV percentage per NDVI class</source>
      <translation>Pixels homogènes ajustés : pourcentage de plus faible CV par classe de NDVI</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Maximum NDVI coefficient of variation (empty: no limit)</source>
      <translation>Coefficient de variation maximal du NDVI (vide : sans limite)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Detail gain (empty: fitted on the scene; 1: classic)</source>
      <translation>Gain de détail (vide : ajusté sur la scène ; 1 : classique)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Downscaled LST</source>
      <translation>LST désagrégée</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <source>Scale factor {}; regression coefficients {} fitted on {} coarse pixels (R² {:.3f}); NDVI range {:.3f} to {:.3f}; detail gain {:.3f}.</source>
      <translation>Facteur d'échelle {} ; coefficients de régression {} ajustés sur {} pixels grossiers (R² {:.3f}) ; NDVI de {:.3f} à {:.3f} ; gain de détail {:.3f}.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/classic_sharpening.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Energy conservation: block means of the output differ from the coarse LST by {:.4f} K on average, {:.4f} K at most.</source>
      <translation>Conservation de l'énergie : les moyennes par bloc de la sortie diffèrent de la LST grossière de {:.4f} K en moyenne, {:.4f} K au plus.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>&lt;p&gt;The weights of this model are missing from the plugin.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Les poids de ce modèle manquent dans l'extension.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source> Against ASTER on 56 MODIS scenes: RMSE {rmse:.2f} K (bicubic {bicubic_rmse:.2f} K).</source>
      <translation> Face à ASTER sur 56 scènes MODIS : RMSE {rmse:.2f} K (bicubique {bicubic_rmse:.2f} K).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>&lt;p&gt;Bundled weights: {} parameters, trained with &lt;code&gt;{}&lt;/code&gt;.{}&lt;/p&gt;</source>
      <translation>&lt;p&gt;Poids fournis : {} paramètres, entraînés avec &lt;code&gt;{}&lt;/code&gt;.{}&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>&lt;p&gt;&lt;b&gt;Model file&lt;/b&gt;: a model written by &lt;i&gt;Train a downscaling network&lt;/i&gt; (its .json card, with the .pt weights beside it) runs instead of the bundled weights, after its card is checked (architecture, weights checksum). When its card lists further auxiliary channels (a DEM, an albedo...), give one layer per channel in &lt;b&gt;Further auxiliary layers&lt;/b&gt;, in the card's order.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Fichier de modèle&lt;/b&gt; : un modèle écrit par &lt;i&gt;Entraîner un réseau de désagrégation&lt;/i&gt; (sa fiche .json, avec les poids .pt à côté) s'exécute à la place des poids fournis, après vérification de sa fiche (architecture, somme de contrôle des poids). Quand sa fiche liste des canaux auxiliaires supplémentaires (un MNT, un albédo...), indiquez une couche par canal dans &lt;b&gt;Couches auxiliaires supplémentaires&lt;/b&gt;, dans l'ordre de la fiche.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Further auxiliary layers (in the order the model file's card lists them)</source>
      <translation>Couches auxiliaires supplémentaires (dans l'ordre où les liste la fiche du fichier de modèle)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Model file (empty: bundled)</source>
      <translation>Fichier de modèle (vide : modèle fourni)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>CPU threads (0: PyTorch's default)</source>
      <translation>Fils d'exécution CPU (0 : valeur par défaut de PyTorch)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Half precision on CUDA</source>
      <translation>Demi-précision sur CUDA</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>Tile size (pixels, multiple of 8)</source>
      <translation>Taille des tuiles (pixels, multiple de 8)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Tiles per batch</source>
      <translation>Tuiles par lot</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Per-scene adaptation steps (0: off)</source>
      <translation>Pas d'adaptation à la scène (0 : désactivée)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Random seed of the adaptation</source>
      <translation>Graine aléatoire de l'adaptation</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Model file {}: {} ({}), channels {}.</source>
      <translation>Fichier de modèle {} : {} ({}), canaux {}.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>The model {} takes {} further auxiliary layer(s) ({}), in this order; {} were given. Give the layers its card lists, or another model file.</source>
      <translation>Le modèle {} prend {} couche(s) auxiliaire(s) supplémentaire(s) ({}), dans cet ordre ; {} ont été données. Indiquez les couches que liste sa fiche, ou un autre fichier de modèle.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Further auxiliary layer '{}' is used as the model's channel '{}' ({}).</source>
      <translation>La couche auxiliaire supplémentaire « {} » sert de canal « {} » du modèle ({}).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>Ran on {}; scale factor {}; output pixel {:.4g}.</source>
      <translation>Exécuté sur {} ; facteur d'échelle {} ; pixel de sortie {:.4g}.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/deep_downscaling.py" />
      <source>The LST / NDVI pixel-size ratio is not the model's factor: the NDVI was resampled to 1/{} of the LST pixel size, which is the output resolution.</source>
      <translation>Le rapport des tailles de pixel LST / NDVI n'est pas le facteur du modèle : le NDVI a été rééchantillonné à 1/{} de la taille de pixel de la LST, qui est la résolution de sortie.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/distrad.py" />
      <source>DisTrad (NDVI-based disaggregation of temperature)</source>
      <translation>DisTrad (désagrégation de la température fondée sur le NDVI)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/distrad.py" />
      <source>&lt;p&gt;Disaggregates a coarse land surface temperature (LST) layer with a fine NDVI layer, after Kustas, Norman, Anderson and French (2003), &lt;i&gt;Estimating subpixel surface temperatures and energy fluxes from the vegetation index-radiometric temperature relationship&lt;/i&gt;, Remote Sensing of Environment 85.&lt;/p&gt;&lt;p&gt;A quadratic regression LST = a + b·NDVI + c·NDVI² is fitted on the most homogeneous coarse pixels: the 25 % with the lowest coefficient of variation of the fine NDVI in each of three NDVI classes (&amp;lt;0.2, 0.2-0.5, &amp;gt;0.5). It is applied to the fine NDVI and the coarse residual is added back so that each coarse pixel keeps its temperature.&lt;/p&gt;&lt;p&gt;Assumptions: LST varies with vegetation alone, with one relation over the scene; water, snow and relief break it. The LST must be in kelvin; any CRS and resolution, the NDVI layer defines the output grid.&lt;/p&gt;&lt;p&gt;Defaults, chosen on 56 MODIS/ASTER pairs and checked on Landsat closed loops: a cubic residual, a detail gain fitted on the scene and water (NDVI &amp;lt; 0) as a class of its own. When the LST is a true block aggregate, choose the smooth mass-preserving residual. Set the gain to 1 and the residual to Block for the original method.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Désagrège une couche de température de surface (LST) grossière avec une couche NDVI fine, d'après Kustas, Norman, Anderson et French (2003), &lt;i&gt;Estimating subpixel surface temperatures and energy fluxes from the vegetation index-radiometric temperature relationship&lt;/i&gt;, Remote Sensing of Environment 85.&lt;/p&gt;&lt;p&gt;Une régression quadratique LST = a + b·NDVI + c·NDVI² est ajustée sur les pixels grossiers les plus homogènes : les 25 % au plus faible coefficient de variation du NDVI fin dans chacune de trois classes de NDVI (&amp;lt;0,2, 0,2-0,5, &amp;gt;0,5). Elle est appliquée au NDVI fin et le résidu grossier est rajouté pour que chaque pixel grossier garde sa température.&lt;/p&gt;&lt;p&gt;Hypothèses : la LST ne varie qu'avec la végétation, selon une seule relation sur la scène ; l'eau, la neige et le relief la mettent en défaut. La LST doit être en kelvin ; n'importe quel SCR et résolution, la couche NDVI définit la grille de sortie.&lt;/p&gt;&lt;p&gt;Valeurs par défaut, choisies sur 56 paires MODIS/ASTER et vérifiées sur des boucles fermées Landsat : un résidu cubique, un gain de détail ajusté sur la scène et l'eau (NDVI &amp;lt; 0) comme classe à part. Quand la LST est un véritable agrégat par blocs, choisissez le résidu lisse conservant la masse. Réglez le gain à 1 et le résidu sur Par blocs pour la méthode originale.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>DMS (Data Mining Sharpener)</source>
      <translation>DMS (affinage par fouille de données)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>&lt;p&gt;Sharpens a coarse land surface temperature (LST) layer with any number of fine predictor layers, after Gao, Kustas and Anderson (2012), &lt;i&gt;A data mining approach for sharpening thermal satellite imagery over land&lt;/i&gt;, Remote Sensing 4.&lt;/p&gt;&lt;p&gt;The predictors are block-averaged onto the coarse grid. The coarse pixels are the samples, weighted by 1/CV, the inverse of the coefficient of variation of the fine predictors inside them (optionally only the most homogeneous are kept). An ensemble of regression trees with a linear regression in each leaf learns the LST from the predictors, over the whole scene and in moving windows, whose predictions are blended with the global one by the inverse of their squared residuals (where a window has too few samples, the global model is used; window size 0: global model only). The model is applied to the fine predictors; the fine prediction is aggregated in radiance (T⁴) space and the coarse residual is added back.&lt;/p&gt;&lt;p&gt;Predictors: the vegetation input of the other sharpeners (an NDVI layer, or NDVI computed from the red and NIR bands of a reflectance layer, in which case every band of that layer is a predictor too, as in the paper), and every band of each further layer (a DEM, albedo, other indices...). The first of them defines the output grid. Predictors are used as they are: trees need no scaling.&lt;/p&gt;&lt;p&gt;Defaults, chosen on the MODIS (4 km to 1 km, 56 pairs) and Landsat (300 m to 30 m) closed loops, never on ASTER, which only evaluates: 20 trees, at least 40 samples per leaf, every coarse pixel (the paper keeps only the most homogeneous: lower the percentage), local windows of 8 x 8 coarse pixels (enlarged on large scenes so that there are at most 256), a detail gain fitted on the scene as for TsHARP (the fine texture weighted by the relation between LST and prediction one octave above the output scale; 1 is the original method), and a cubic residual like the other sharpeners (choose the smooth, mass-preserving residual when the LST is a true block aggregate). The LST must be in kelvin. With more than one predictor band it needs the Python package scikit-learn (with an NDVI layer alone it does not).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Affine une couche de température de surface (LST) grossière avec un nombre quelconque de couches prédictives fines, d'après Gao, Kustas et Anderson (2012), &lt;i&gt;A data mining approach for sharpening thermal satellite imagery over land&lt;/i&gt;, Remote Sensing 4.&lt;/p&gt;&lt;p&gt;Les prédicteurs sont moyennés par blocs sur la grille grossière. Les pixels grossiers sont les échantillons, pondérés par 1/CV, l'inverse du coefficient de variation des prédicteurs fins qu'ils contiennent (on peut ne garder que les plus homogènes). Un ensemble d'arbres de régression avec une régression linéaire dans chaque feuille apprend la LST à partir des prédicteurs, sur toute la scène et dans des fenêtres glissantes, dont les prédictions sont combinées avec la prédiction globale selon l'inverse du carré de leurs résidus (là où une fenêtre a trop peu d'échantillons, le modèle global est utilisé ; taille de fenêtre 0 : modèle global seul). Le modèle est appliqué aux prédicteurs fins ; la prédiction fine est agrégée en luminance (T⁴) et le résidu grossier est rajouté.&lt;/p&gt;&lt;p&gt;Prédicteurs : l'entrée de végétation des autres méthodes d'affinage (une couche NDVI, ou le NDVI calculé à partir des bandes rouge et PIR d'une couche de réflectance, auquel cas chaque bande de cette couche est aussi un prédicteur, comme dans l'article), et chaque bande de chaque couche supplémentaire (un MNT, un albédo, d'autres indices...). Le premier d'entre eux définit la grille de sortie. Les prédicteurs sont utilisés tels quels : les arbres n'ont besoin d'aucune mise à l'échelle.&lt;/p&gt;&lt;p&gt;Valeurs par défaut, choisies sur les boucles fermées MODIS (de 4 km à 1 km, 56 paires) et Landsat (de 300 m à 30 m), jamais sur ASTER, qui sert seulement à l'évaluation : 20 arbres, au moins 40 échantillons par feuille, tous les pixels grossiers (l'article ne garde que les plus homogènes : baissez le pourcentage), des fenêtres locales de 8 x 8 pixels grossiers (agrandies sur les grandes scènes pour qu'il y en ait au plus 256), un gain de détail ajusté sur la scène comme pour TsHARP (la texture fine pondérée par la relation entre la LST et la prédiction une octave au-dessus de l'échelle de sortie ; 1 correspond à la méthode originale), et un résidu cubique comme les autres méthodes d'affinage (choisissez le résidu lisse conservant la masse quand la LST est un véritable agrégat par blocs). La LST doit être en kelvin. Avec plus d'une bande prédictive, nécessite le paquet Python scikit-learn (pas avec une couche NDVI seule).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Further fine predictor layers (every band is used)</source>
      <translation>Couches prédictives fines supplémentaires (toutes les bandes sont utilisées)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Output resolution (0: that of the first predictor layer)</source>
      <translation>Résolution de sortie (0 : celle de la première couche prédictive)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Number of trees (bagging)</source>
      <translation>Nombre d'arbres (bagging)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Minimum samples per leaf</source>
      <translation>Nombre minimal d'échantillons par feuille</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Homogeneous coarse pixels used: lowest-CV percentage</source>
      <translation>Pixels grossiers homogènes utilisés : pourcentage de plus faible CV</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Local window size in coarse pixels (0: global model only)</source>
      <translation>Taille de la fenêtre locale en pixels grossiers (0 : modèle global seul)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Detail gain (empty: fitted on the scene; 1: original)</source>
      <translation>Gain de détail (vide : ajusté sur la scène ; 1 : méthode originale)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Random seed</source>
      <translation>Graine aléatoire</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>No predictor: give a fine NDVI layer, a reflectance layer, or further predictor layers.</source>
      <translation>Aucun prédicteur : indiquez une couche NDVI fine, une couche de réflectance ou des couches prédictives supplémentaires.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>{} predictor bands: DMS needs the Python package scikit-learn for more than one (with an NDVI layer alone it does not).</source>
      <translation>{} bandes prédictives : avec plus d'une, DMS a besoin du paquet Python scikit-learn (pas avec une couche NDVI seule).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/dms.py" />
      <source>Scale factor {}; {} predictor band(s); {} trees trained on {} coarse pixels (weighted R² {:.3f}); {} local model(s) in {} window(s) of {} coarse pixels; detail gain {:.3f}.</source>
      <translation>Facteur d'échelle {} ; {} bande(s) prédictive(s) ; {} arbres entraînés sur {} pixels grossiers (R² pondéré {:.3f}) ; {} modèle(s) local(aux) dans {} fenêtre(s) de {} pixels grossiers ; gain de détail {:.3f}.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Progressive self-training (deep, Landsat to 30 m)</source>
      <translation>Auto-apprentissage progressif (profond, Landsat à 30 m)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>&lt;p&gt;Downscales a Landsat thermal layer (surface temperature or brightness temperature, in kelvin) to the 30 m grid of a reflectance layer, after {}. No fine LST is needed.&lt;/p&gt;&lt;p&gt;A thermal layer delivered at 30 m is first brought back to the band's native resolution (&lt;b&gt;Native resolution&lt;/b&gt;: Landsat 8/9 TIRS 100 m, Landsat 4/5 TM 120 m, Landsat 7 ETM+ 60 m) by energy-conserving block means of T&lt;sup&gt;4&lt;/sup&gt;; a coarser layer is used as it is. A cross-modal network (a thermal branch for the LST, an optical branch for the six reflectance bands, NDVI, NDBI and MNDWI, a gate that decides where optical detail passes) then runs in three stages: stage 0, the bundled weights, learnt to bring the LST back from 2, 3 and 4 times coarser; stage 1 predicts 30 m pseudo-labels, corrects each so that its T&lt;sup&gt;4&lt;/sup&gt; block means equal the observed LST, and fine-tunes the network on them with a consistency loss against the observed LST; stage 2 repeats with fresh pseudo-labels and drops the pixels whose correction was large. The output is corrected the same way: its T&lt;sup&gt;4&lt;/sup&gt; block means equal the observed LST (within 0.05 K).&lt;/p&gt;&lt;p&gt;The fine-tuning samples random crops: its time grows with &lt;b&gt;Fine-tuning steps per stage&lt;/b&gt;, not with the scene size (0: stage 0 alone). Seeded: the same inputs and seed give the same output on the same device. The scene waits in temporary files (about 44 bytes per 30 m pixel of disk: 2.7 GB for a full 7800 x 7800 scene), so memory holds a row of the network's tiles, not the scene.&lt;/p&gt;&lt;p&gt;Reflectance: surface reflectance (the reflectance output of &lt;i&gt;Prepare Landsat Collection 2 Level-2 scene&lt;/i&gt;) or top-of-atmosphere reflectance (&lt;i&gt;Prepare Landsat Level-1 thermal band&lt;/i&gt;), 0-1, with the band of each role chosen below. &lt;b&gt;Stage-0 model file&lt;/b&gt;: a stage 0 trained with &lt;code&gt;python -m lst_downscaler.training --model progressive_landsat&lt;/code&gt; on other scenes (its .json card, the .pt weights beside it).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Désagrège une couche thermique Landsat (température de surface ou température de brillance, en kelvin) sur la grille à 30 m d'une couche de réflectance, d'après {}. Aucune LST fine n'est nécessaire.&lt;/p&gt;&lt;p&gt;Une couche thermique livrée à 30 m est d'abord ramenée à la résolution native de la bande (&lt;b&gt;Résolution native&lt;/b&gt; : Landsat 8/9 TIRS 100 m, Landsat 4/5 TM 120 m, Landsat 7 ETM+ 60 m) par des moyennes par blocs de T&lt;sup&gt;4&lt;/sup&gt; conservant l'énergie ; une couche plus grossière est utilisée telle quelle. Un réseau intermodal (une branche thermique pour la LST, une branche optique pour les six bandes de réflectance, le NDVI, le NDBI et le MNDWI, une porte qui décide où passe le détail optique) s'exécute ensuite en trois étapes : l'étape 0, celle des poids fournis, a appris à retrouver la LST à partir de versions 2, 3 et 4 fois plus grossières ; l'étape 1 prédit des pseudo-étiquettes à 30 m, corrige chacune pour que ses moyennes par blocs de T&lt;sup&gt;4&lt;/sup&gt; égalent la LST observée, et effectue sur elles un réglage fin du réseau avec une perte de cohérence par rapport à la LST observée ; l'étape 2 recommence avec de nouvelles pseudo-étiquettes et écarte les pixels dont la correction a été importante. La sortie est corrigée de la même façon : ses moyennes par blocs de T&lt;sup&gt;4&lt;/sup&gt; égalent la LST observée (à 0,05 K près).&lt;/p&gt;&lt;p&gt;Le réglage fin échantillonne des imagettes aléatoires : sa durée croît avec &lt;b&gt;Pas de réglage fin par étape&lt;/b&gt;, non avec la taille de la scène (0 : étape 0 seule). Reproductible : les mêmes entrées et la même graine donnent la même sortie sur le même périphérique. La scène attend dans des fichiers temporaires (environ 44 octets de disque par pixel de 30 m : 2,7 Go pour une scène complète de 7800 x 7800) : la mémoire ne garde qu'une rangée de tuiles du réseau, pas la scène.&lt;/p&gt;&lt;p&gt;Réflectance : réflectance de surface (la sortie de réflectance de &lt;i&gt;Préparer une scène Landsat Collection 2 de niveau 2&lt;/i&gt;) ou réflectance au sommet de l'atmosphère (&lt;i&gt;Préparer la bande thermique Landsat de niveau 1&lt;/i&gt;), 0-1, avec la bande de chaque rôle choisie ci-dessous. &lt;b&gt;Fichier de modèle de l'étape 0&lt;/b&gt; : une étape 0 entraînée avec &lt;code&gt;python -m lst_downscaler.training --model progressive_landsat&lt;/code&gt; sur d'autres scènes (sa fiche .json, les poids .pt à côté).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>&lt;p&gt;Bundled stage 0: {} parameters, trained on {}. Command: &lt;code&gt;{}&lt;/code&gt;.</source>
      <translation>&lt;p&gt;Étape 0 fournie : {} paramètres, entraînée sur {}. Commande : &lt;code&gt;{}&lt;/code&gt;.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source> Closed loop 300 m -&gt; 30 m compared at 90 m, each scene with the weights of the other scenes: RMSE {:.2f} of bicubic's on average ({}).</source>
      <translation> Boucle fermée 300 m -&gt; 30 m comparée à 90 m, chaque scène avec les poids des autres scènes : RMSE égale en moyenne à {:.2f} fois celle du bicubique ({}).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Landsat thermal layer (K)</source>
      <translation>Couche thermique Landsat (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Reflectance layer, 30 m (0-1)</source>
      <translation>Couche de réflectance, 30 m (0-1)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Blue band</source>
      <translation>Bande bleue</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Green band</source>
      <translation>Bande verte</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>SWIR 1 band</source>
      <translation>Bande SWIR 1</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>SWIR 2 band</source>
      <translation>Bande SWIR 2</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>NDVI layer (empty: from red and NIR)</source>
      <translation>Couche NDVI (vide : calculé à partir du rouge et du PIR)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Native resolution of the thermal band (m), when the layer is delivered on the reflectance grid</source>
      <translation>Résolution native de la bande thermique (m), quand la couche est livrée sur la grille de la réflectance</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Fine-tuning steps per stage (0: stage 0 alone)</source>
      <translation>Pas de réglage fin par étape (0 : étape 0 seule)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Random seed of the fine-tuning</source>
      <translation>Graine aléatoire du réglage fin</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Stage-0 model file (empty: bundled)</source>
      <translation>Fichier de modèle de l'étape 0 (vide : modèle fourni)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Downscaled LST (30 m)</source>
      <translation>LST désagrégée (30 m)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>The thermal layer was on the reflectance grid: brought to its native resolution ({} x {} pixels).</source>
      <translation>La couche thermique était sur la grille de la réflectance : ramenée à sa résolution native ({} x {} pixels).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/progressive_landsat.py" />
      <source>Ran on {}; scale factor {}; fine-tuning {:.1f} s; largest block energy error against the observed LST: {:.3f} K.</source>
      <translation>Exécuté sur {} ; facteur d'échelle {} ; réglage fin {:.1f} s ; plus grande erreur d'énergie par bloc par rapport à la LST observée : {:.3f} K.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/sc_unet.py" />
      <source>SC-UNet (deep, x4, scale-invariance baseline)</source>
      <translation>SC-UNet (profond, x4, référence à invariance d'échelle)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/sc_unet.py" />
      <source>&lt;p&gt;Downscales a coarse LST layer by 4 with a fine NDVI layer using the residual U-Net of {}, trained with full supervision on degraded pairs: the 4 x 4 block means of the real 1 km MODIS LST (upsampled back) with the NDVI averaged to 1 km as input, the real 1 km LST as target. Block means, not the sensor's Gaussian PSF: a network that learns to undo that blur sharpens real, far less blurred, 1 km LST into artefacts.&lt;/p&gt;&lt;p&gt;Applied at 1 km -&gt; 250 m it assumes that the relation learnt one scale up holds one scale down (scale invariance), the assumption SIF-CNN avoids. Runs on CPU or CUDA, by overlapping tiles blended without seams.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Désagrège d'un facteur 4 une couche LST grossière avec une couche NDVI fine à l'aide du U-Net résiduel de {}, entraîné en supervision complète sur des paires dégradées : les moyennes par blocs de 4 x 4 de la vraie LST MODIS à 1 km (ré-agrandies) avec le NDVI moyenné à 1 km en entrée, la vraie LST à 1 km comme cible. Des moyennes par blocs, et non la FEP gaussienne du capteur : un réseau qui apprend à annuler ce flou produit des artefacts en affinant une vraie LST à 1 km, bien moins floue.&lt;/p&gt;&lt;p&gt;Appliqué à 1 km -&gt; 250 m, il suppose que la relation apprise une échelle au-dessus vaut une échelle en dessous (invariance d'échelle), l'hypothèse qu'évite SIF-CNN. S'exécute sur CPU ou CUDA, par tuiles chevauchantes fondues sans raccord.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/sif_cnn.py" />
      <source>SIF-CNN-SR2 (deep, x4)</source>
      <translation>SIF-CNN-SR2 (profond, x4)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/sif_cnn.py" />
      <source>&lt;p&gt;Downscales a coarse LST layer by 4 with a fine NDVI layer using a small residual U-Net, after {}.&lt;/p&gt;&lt;p&gt;The network was trained without any fine-resolution truth: its loss asks that the output, degraded by the sensor's PSF, gives back the coarse LST, and that its high frequencies (the image minus its Gaussian low-pass) follow -0.25 times those of the NDVI (weight 0.5 each, the released configuration). It needs no assumption that the LST-NDVI relation is the same across scales.&lt;/p&gt;&lt;p&gt;The paper's other variant, SIF-CNN-SR1 (Sobel gradients), is not offered: trained here, it made maps worse than bicubic upsampling against ASTER in every configuration measured. Its recipe remains in &lt;i&gt;Train a downscaling network&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Trained on MODIS 1 km -&gt; 250 m; other LST / NDVI pixel-size ratios are handled by resampling the NDVI to a quarter of the LST pixel. Runs on CPU or CUDA, by overlapping tiles blended without seams.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Désagrège d'un facteur 4 une couche LST grossière avec une couche NDVI fine à l'aide d'un petit U-Net résiduel, d'après {}.&lt;/p&gt;&lt;p&gt;Le réseau a été entraîné sans aucune vérité à fine résolution : sa fonction de perte demande que la sortie, dégradée par la FEP du capteur, redonne la LST grossière, et que ses hautes fréquences (l'image moins son passe-bas gaussien) suivent -0,25 fois celles du NDVI (poids 0,5 chacun, la configuration publiée). Il ne suppose pas que la relation LST-NDVI est la même d'une échelle à l'autre.&lt;/p&gt;&lt;p&gt;L'autre variante de l'article, SIF-CNN-SR1 (gradients de Sobel), n'est pas proposée : entraînée ici, elle donnait des cartes moins bonnes que le rééchantillonnage bicubique face à ASTER dans toutes les configurations mesurées. Sa recette reste disponible dans &lt;i&gt;Entraîner un réseau de désagrégation&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Entraîné sur MODIS de 1 km à 250 m ; les autres rapports de taille de pixel LST / NDVI sont traités en rééchantillonnant le NDVI au quart du pixel de la LST. S'exécute sur CPU ou CUDA, par tuiles chevauchantes fondues sans raccord.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/srda_net.py" />
      <source>SRDA-Net (deep, x2 twice: 1 km -&gt; 500 m -&gt; 250 m)</source>
      <translation>SRDA-Net (profond, deux fois x2 : 1 km -&gt; 500 m -&gt; 250 m)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/srda_net.py" />
      <source>&lt;p&gt;Downscales a coarse LST layer by 4 in two x2 steps (MODIS 1 km -&gt; 500 m -&gt; 250 m) with a fine NDVI layer (or red and NIR reflectance) and any further auxiliary layers, after {}. Each step runs the same network on its own grid: the LST of the step before, bicubic-upsampled, and the auxiliary layers block-averaged onto the step's grid; cross-attention of the LST over the auxiliary features (GCA), multi-scale depthwise convolutions with channel attention (MSCA), residual refinement (MFRM) and a pixel-shuffle x2 tail correct the bicubic LST.&lt;/p&gt;&lt;p&gt;The bundled weights take the NDVI only: they learnt a real 2 km -&gt; 1 km closed loop (the 2 x 2 block means of the 1 km MODIS LST as input, the 1 km LST as target) on MODIS patches of 2020, and are applied one and two scales down. A model trained with &lt;i&gt;Train a downscaling network&lt;/i&gt; (SRDA-Net recipe) on your own layers, e.g. with a DEM or an albedo, runs through &lt;b&gt;Model file&lt;/b&gt; and &lt;b&gt;Further auxiliary layers&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Other LST / NDVI pixel-size ratios than 4 are handled by resampling the NDVI to a quarter of the LST pixel. Runs on CPU or CUDA, by overlapping tiles blended without seams.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Désagrège d'un facteur 4 une couche LST grossière en deux étapes x2 (MODIS 1 km -&gt; 500 m -&gt; 250 m) avec une couche NDVI fine (ou une réflectance rouge et PIR) et d'éventuelles couches auxiliaires supplémentaires, d'après {}. Chaque étape exécute le même réseau sur sa propre grille : la LST de l'étape précédente, suréchantillonnée en bicubique, et les couches auxiliaires moyennées par blocs sur la grille de l'étape ; une attention croisée de la LST sur les caractéristiques auxiliaires (GCA), des convolutions en profondeur (depthwise) multi-échelles avec attention par canal (MSCA), un affinement résiduel (MFRM) et une queue pixel-shuffle x2 corrigent la LST bicubique.&lt;/p&gt;&lt;p&gt;Les poids fournis ne prennent que le NDVI : ils ont appris une vraie boucle fermée 2 km -&gt; 1 km (les moyennes par blocs de 2 x 2 de la LST MODIS à 1 km en entrée, la LST à 1 km comme cible) sur des patchs MODIS de 2020, et sont appliqués une et deux échelles en dessous. Un modèle entraîné avec &lt;i&gt;Entraîner un réseau de désagrégation&lt;/i&gt; (recette SRDA-Net) sur vos propres couches, par exemple avec un MNT ou un albédo, s'exécute par &lt;b&gt;Fichier de modèle&lt;/b&gt; et &lt;b&gt;Couches auxiliaires supplémentaires&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Les rapports de taille de pixel LST / NDVI autres que 4 sont traités en rééchantillonnant le NDVI au quart du pixel de la LST. S'exécute sur CPU ou CUDA, par tuiles chevauchantes fondues sans raccord.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/tsharp.py" />
      <source>TsHARP (NDVI-based thermal sharpening)</source>
      <translation>TsHARP (affinage thermique fondé sur le NDVI)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/downscaling/tsharp.py" />
      <source>&lt;p&gt;Sharpens a coarse land surface temperature (LST) layer with a fine NDVI layer, after Agam, Kustas, Anderson, Li and Neale (2007), &lt;i&gt;A vegetation index based technique for spatial sharpening of thermal imagery&lt;/i&gt;, Remote Sensing of Environment 107.&lt;/p&gt;&lt;p&gt;The fractional vegetation cover fc = 1 - ((NDVImax - NDVI) / (NDVImax - NDVImin))^0.625 is computed at the fine scale; a linear regression LST = a + b·fc is fitted on the coarse pixels (cold outliers such as cloud are dropped) and applied to the fine fc; the coarse residual is added back so that each coarse pixel keeps its temperature.&lt;/p&gt;&lt;p&gt;Assumptions: LST varies with vegetation cover alone, with one relation over the scene; water, snow and relief break it. The LST must be in kelvin (set its scale and offset if the layer holds raw numbers); any CRS and resolution, the NDVI layer defines the output grid.&lt;/p&gt;&lt;p&gt;Defaults, chosen on 56 MODIS/ASTER pairs and checked on Landsat closed loops: a cubic residual instead of the original blocks, a detail gain fitted on the scene, which weighs the NDVI texture by the LST-NDVI relation observed one octave above the output scale, and water (NDVI &amp;lt; 0) as a class of its own. When the LST is a true block aggregate, choose the smooth mass-preserving residual. Set the gain to 1 and the residual to Block for the original method.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Affine une couche de température de surface (LST) grossière avec une couche NDVI fine, d'après Agam, Kustas, Anderson, Li et Neale (2007), &lt;i&gt;A vegetation index based technique for spatial sharpening of thermal imagery&lt;/i&gt;, Remote Sensing of Environment 107.&lt;/p&gt;&lt;p&gt;Le couvert végétal fractionnel fc = 1 - ((NDVImax - NDVI) / (NDVImax - NDVImin))^0.625 est calculé à l'échelle fine ; une régression linéaire LST = a + b·fc est ajustée sur les pixels grossiers (les valeurs aberrantes froides comme les nuages sont écartées) et appliquée au fc fin ; le résidu grossier est rajouté pour que chaque pixel grossier garde sa température.&lt;/p&gt;&lt;p&gt;Hypothèses : la LST ne varie qu'avec le couvert végétal, selon une seule relation sur la scène ; l'eau, la neige et le relief la mettent en défaut. La LST doit être en kelvin (réglez son facteur d'échelle et son décalage si la couche contient des valeurs brutes) ; n'importe quel SCR et résolution, la couche NDVI définit la grille de sortie.&lt;/p&gt;&lt;p&gt;Valeurs par défaut, choisies sur 56 paires MODIS/ASTER et vérifiées sur des boucles fermées Landsat : un résidu cubique au lieu des blocs d'origine, un gain de détail ajusté sur la scène, qui pondère la texture du NDVI par la relation LST-NDVI observée une octave au-dessus de l'échelle de sortie, et l'eau (NDVI &amp;lt; 0) comme classe à part. Quand la LST est un véritable agrégat par blocs, choisissez le résidu lisse conservant la masse. Réglez le gain à 1 et le résidu sur Par blocs pour la méthode originale.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>{} scale (empty: from the layer's metadata)</source>
      <translation>Facteur d'échelle de {} (vide : d'après les métadonnées de la couche)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>{} offset (empty: from the layer's metadata)</source>
      <translation>Décalage de {} (vide : d'après les métadonnées de la couche)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>Error, prediction - reference (K)</source>
      <translation>Erreur, prédiction - référence (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>Report (HTML, or JSON with a .json extension)</source>
      <translation>Rapport (HTML, ou JSON avec l'extension .json)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>HTML files (*.html);;JSON files (*.json)</source>
      <translation>Fichiers HTML (*.html);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>RMSE (K)</source>
      <translation>RMSE (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>MAE (K)</source>
      <translation>MAE (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>Bias (K)</source>
      <translation>Biais (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>Unbiased RMSE (K)</source>
      <translation>RMSE non biaisée (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>R²</source>
      <translation>R²</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>SSIM</source>
      <translation>SSIM</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>ERGAS</source>
      <translation>ERGAS</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>RMSE {rmse:.3f} K, MAE {mae:.3f} K, bias {bias:+.3f} K, unbiased RMSE {ubrmse:.3f} K, R² {r2:.3f}, SSIM {ssim:.3f}</source>
      <translation>RMSE {rmse:.3f} K, MAE {mae:.3f} K, biais {bias:+.3f} K, RMSE non biaisée {ubrmse:.3f} K, R² {r2:.3f}, SSIM {ssim:.3f}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source>, ERGAS {:.3f}</source>
      <translation>, ERGAS {:.3f}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/base.py" />
      <source> ({} pixels)</source>
      <translation> ({} pixels)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Closed-loop evaluation of a downscaling algorithm</source>
      <translation>Évaluation en boucle fermée d'un algorithme de désagrégation</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>&lt;p&gt;Measures how well a downscaling algorithm of this provider recovers a known fine land surface temperature (LST), after the protocol of Wald, Ranchin and Mangolini (1997), &lt;i&gt;Fusion of satellite images of different spatial resolutions: assessing the quality of resulting images&lt;/i&gt;, PE&amp;amp;RS 63(6).&lt;/p&gt;&lt;p&gt;The fine reference LST is aggregated by the scale factor, as a coarser sensor would see it: energy-conserving block mean of T⁴, or a Gaussian PSF (MTF 0.1 at Nyquist) in T⁴ followed by decimation, the degradation of Ait-Bachir et al. (2025). The coarse LST is written to a temporary GeoTIFF on the reference grid scaled by the factor, downscaled back with the chosen algorithm and its default settings, with the fine auxiliary layers given here, and compared with the reference: RMSE, MAE, bias, unbiased RMSE, R², SSIM and ERGAS. Bicubic upsampling of the same coarse LST is the baseline, measured on the same pixels; the ratio of the RMSEs says whether the algorithm adds real detail.&lt;/p&gt;&lt;p&gt;The algorithm is given by its id among this provider's algorithms in the group Downscaling: {}. The auxiliary layers should share the reference grid (block-average them onto it); otherwise the output is warped bilinearly onto the reference grid. The reference must be in kelvin (set its scale and offset otherwise). Outputs: the error raster (prediction - reference, K) on the reference grid, a report (HTML, or JSON when the file name ends in .json) and the metrics as numbers for models.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Mesure dans quelle mesure un algorithme de désagrégation de ce fournisseur retrouve une température de surface (LST) fine connue, selon le protocole de Wald, Ranchin et Mangolini (1997), &lt;i&gt;Fusion of satellite images of different spatial resolutions: assessing the quality of resulting images&lt;/i&gt;, PE&amp;amp;RS 63(6).&lt;/p&gt;&lt;p&gt;La LST fine de référence est agrégée selon le facteur d'échelle, comme la verrait un capteur plus grossier : moyenne par bloc de T⁴ conservant l'énergie, ou FEP gaussienne (FTM 0,1 à Nyquist) en T⁴ suivie d'une décimation, la dégradation d'Ait-Bachir et al. (2025). La LST grossière est écrite dans un GeoTIFF temporaire sur la grille de référence agrandie par le facteur, désagrégée avec l'algorithme choisi et ses réglages par défaut, avec les couches auxiliaires fines données ici, et comparée à la référence : RMSE, MAE, biais, RMSE non biaisée, R², SSIM et ERGAS. Le suréchantillonnage bicubique de la même LST grossière sert de référence, mesuré sur les mêmes pixels ; le rapport des RMSE dit si l'algorithme ajoute un vrai détail.&lt;/p&gt;&lt;p&gt;L'algorithme est désigné par son identifiant parmi les algorithmes de ce fournisseur du groupe Désagrégation : {}. Les couches auxiliaires doivent partager la grille de référence (moyennez-les par blocs sur celle-ci) ; sinon la sortie est rééchantillonnée bilinéairement sur la grille de référence. La référence doit être en kelvin (réglez sinon son facteur d'échelle et son décalage). Sorties : le raster d'erreur (prédiction - référence, K) sur la grille de référence, un rapport (HTML, ou JSON si le nom du fichier se termine par .json) et les métriques sous forme de nombres pour les modèles.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Energy-conserving block mean of T⁴</source>
      <translation>Moyenne par bloc de T⁴ conservant l'énergie</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Gaussian PSF in T⁴, then decimation (Ait-Bachir et al. 2025)</source>
      <translation>FEP gaussienne en T⁴, puis décimation (Ait-Bachir et al. 2025)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Fine reference LST layer</source>
      <translation>Couche LST fine de référence</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Fine reflectance layer (red and NIR bands)</source>
      <translation>Couche de réflectance fine (bandes rouge et PIR)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Scale factor</source>
      <translation>Facteur d'échelle</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Aggregation to the coarse scale</source>
      <translation>Agrégation à l'échelle grossière</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Downscaling algorithm (its id: tsharp, distrad, bicubic...)</source>
      <translation>Algorithme de désagrégation (son identifiant : tsharp, distrad, bicubic…)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Bicubic baseline RMSE (K)</source>
      <translation>RMSE de la référence bicubique (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>RMSE / bicubic RMSE</source>
      <translation>RMSE / RMSE bicubique</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Unknown downscaling algorithm '{}': choose one of {} (the algorithms of this provider in the group Downscaling).</source>
      <translation>Algorithme de désagrégation « {} » inconnu : choisissez parmi {} (les algorithmes de ce fournisseur du groupe Désagrégation).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>The algorithm '{}' needs the parameter '{}', which the closed loop cannot give it: choose another algorithm.</source>
      <translation>L'algorithme « {} » a besoin du paramètre « {} », que la boucle fermée ne peut pas lui fournir : choisissez un autre algorithme.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Reference aggregated by {} ({}): {}</source>
      <translation>Référence agrégée par {} ({}) : {}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>Closed loop, factor {}, {} aggregation:</source>
      <translation>Boucle fermée, facteur {}, agrégation {} :</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>  {}: {}.</source>
      <translation>  {} : {}.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>  bicubic baseline: {}.</source>
      <translation>  référence bicubique : {}.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>  RMSE / bicubic RMSE: {:.3f} ({}).</source>
      <translation>  RMSE / RMSE bicubique : {:.3f} ({}).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>better than bicubic</source>
      <translation>meilleur que le bicubique</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/closed_loop_evaluation.py" />
      <source>not better than bicubic</source>
      <translation>pas meilleur que le bicubique</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Compare with a reference LST</source>
      <translation>Comparer à une LST de référence</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>&lt;p&gt;Compares a downscaled land surface temperature (LST) layer with an independent fine reference, such as ASTER LST for MODIS: the downscaled layer is warped bilinearly onto the reference grid (any CRS) and the two are compared on the pixels valid in both, as in the protocol of Ait-Bachir et al. (2025). It reports RMSE, MAE, bias, unbiased RMSE (standard deviation of the error), R², SSIM and ERGAS (Wald 2002; the resolution ratio comes from the coarse input, or from the scale factor the downscaling wrote).&lt;/p&gt;&lt;p&gt;With the coarse input LST, it also reports the energy-conservation error, the consistency property of Wald, Ranchin and Mangolini (1997): the downscaled LST is aggregated in T⁴ onto the coarse input's grid and compared with it (mean and maximum absolute difference, K, over coarse pixels entirely covered by valid output).&lt;/p&gt;&lt;p&gt;Outputs: the error raster (downscaled - reference, K) on the reference grid, a report (HTML, or JSON when the file name ends in .json) and the metrics as numbers for models. All layers must be in kelvin (set their scale and offset otherwise).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Compare une couche de température de surface (LST) désagrégée à une référence fine indépendante, comme la LST ASTER pour MODIS : la couche désagrégée est rééchantillonnée bilinéairement sur la grille de référence (n'importe quel SCR) et les deux sont comparées sur les pixels valides dans les deux, comme dans le protocole d'Ait-Bachir et al. (2025). Elle donne la RMSE, la MAE, le biais, la RMSE non biaisée (écart-type de l'erreur), le R², le SSIM et l'ERGAS (Wald 2002 ; le rapport de résolution vient de l'entrée grossière, ou du facteur d'échelle écrit par la désagrégation).&lt;/p&gt;&lt;p&gt;Avec la LST grossière d'entrée, elle donne aussi l'erreur de conservation de l'énergie, la propriété de cohérence de Wald, Ranchin et Mangolini (1997) : la LST désagrégée est agrégée en T⁴ sur la grille de l'entrée grossière et comparée à celle-ci (différence absolue moyenne et maximale, K, sur les pixels grossiers entièrement couverts par une sortie valide).&lt;/p&gt;&lt;p&gt;Sorties : le raster d'erreur (désagrégée - référence, K) sur la grille de référence, un rapport (HTML, ou JSON si le nom du fichier se termine par .json) et les métriques sous forme de nombres pour les modèles. Toutes les couches doivent être en kelvin (réglez sinon leur facteur d'échelle et leur décalage).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Downscaled LST layer</source>
      <translation>Couche LST désagrégée</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Reference LST layer</source>
      <translation>Couche LST de référence</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Coarse input LST layer (optional)</source>
      <translation>Couche LST grossière d'entrée (facultative)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Energy conservation: mean absolute error (K)</source>
      <translation>Conservation de l'énergie : erreur absolue moyenne (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Energy conservation: maximum absolute error (K)</source>
      <translation>Conservation de l'énergie : erreur absolue maximale (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Downscaled LST against the reference: {}.</source>
      <translation>LST désagrégée comparée à la référence : {}.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/evaluation/compare_with_reference.py" />
      <source>Energy conservation (T⁴ aggregation onto the coarse input grid): {:.4f} K on average, {:.4f} K at most, over {} coarse pixels.</source>
      <translation>Conservation de l'énergie (agrégation en T⁴ sur la grille de l'entrée grossière) : {:.4f} K en moyenne, {:.4f} K au plus, sur {} pixels grossiers.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>&lt;p&gt;Layers in any CRS and resolution, in kelvin once their scale and offset (from the layer's metadata) are applied. The fine layer at the base date defines the output grid. The coarse layers are warped onto a coarse grid in that CRS whose pixels are exactly &lt;i&gt;factor&lt;/i&gt; x &lt;i&gt;factor&lt;/i&gt; output pixels (the factor: coarse pixel size / fine pixel size, rounded, unless given), then interpolated onto the output grid (cubic convolution, or nearest). Layers on slightly different grids, as real granules are, are aligned. A coarse layer already resampled onto a grid as fine as the fine layer is used as it is (factor 1), unless a factor is given. Output pixels stay nodata where an input has no value. Assumes that the fine and coarse sensors see the same temperature (a systematic gap between them at the prediction date goes into the output as a bias) and that no land cover changes between the dates.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Couches dans n'importe quel SCR et résolution, en kelvin une fois appliqués leur facteur d'échelle et leur décalage (d'après les métadonnées de la couche). La couche fine à la date de base définit la grille de sortie. Les couches grossières sont reprojetées sur une grille grossière dans ce SCR dont les pixels font exactement &lt;i&gt;facteur&lt;/i&gt; x &lt;i&gt;facteur&lt;/i&gt; pixels de sortie (le facteur : taille de pixel grossière / taille de pixel fine, arrondi, sauf s'il est indiqué), puis interpolées sur la grille de sortie (convolution cubique, ou plus proche voisin). Les couches sur des grilles légèrement différentes, comme le sont les granules réels, sont alignées. Une couche grossière déjà rééchantillonnée sur une grille aussi fine que la couche fine est utilisée telle quelle (facteur 1), sauf si un facteur est indiqué. Les pixels de sortie restent « sans donnée » là où une entrée n'a pas de valeur. Suppose que les capteurs fin et grossier voient la même température (un écart systématique entre eux à la date de prédiction passe dans la sortie sous forme de biais) et que l'occupation du sol ne change pas entre les dates.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Fine LST at the base date (t1)</source>
      <translation>LST fine à la date de base (t1)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Coarse LST at the base date (t1)</source>
      <translation>LST grossière à la date de base (t1)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Coarse LST at the prediction date (t2)</source>
      <translation>LST grossière à la date de prédiction (t2)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Fine LST at the second base date (t3)</source>
      <translation>LST fine à la seconde date de base (t3)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Coarse LST at the second base date (t3)</source>
      <translation>LST grossière à la seconde date de base (t3)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Correct the coarse LST for its bias against the fine LST at the base date(s)</source>
      <translation>Corriger le biais de la LST grossière par rapport à la LST fine à la ou aux dates de base</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>&lt;p&gt;&lt;b&gt;Bias correction&lt;/b&gt;: the coarse layers are shifted by the mean difference, at the base date(s), between the fine LST averaged over each coarse pixel (T⁴ mean) and the coarse LST, so that a constant offset between the two sensors does not reach the output. It cannot see a gap that appears only at the prediction date. The log gives the shift.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Correction du biais&lt;/b&gt; : les couches grossières sont décalées de la différence moyenne, à la ou aux dates de base, entre la LST fine moyennée sur chaque pixel grossier (moyenne de T⁴) et la LST grossière, pour qu'un écart constant entre les deux capteurs n'atteigne pas la sortie. Elle ne peut pas voir un écart qui n'apparaît qu'à la date de prédiction. Le journal indique le décalage.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Cubic convolution</source>
      <translation>Convolution cubique</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Nearest (coarse blocks)</source>
      <translation>Plus proche voisin (blocs grossiers)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Moving window (fine pixels, odd)</source>
      <translation>Fenêtre glissante (pixels fins, impair)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Number of land cover classes (similarity threshold: standard deviation x 2 / classes)</source>
      <translation>Nombre de classes d'occupation du sol (seuil de similarité : écart-type x 2 / classes)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Uncertainty of the fine LST (K)</source>
      <translation>Incertitude de la LST fine (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Uncertainty of the coarse LST (K)</source>
      <translation>Incertitude de la LST grossière (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>Scale factor (0: coarse pixel size / fine pixel size)</source>
      <translation>Facteur d'échelle (0 : taille de pixel grossière / taille de pixel fine)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Coarse LST onto the fine grid</source>
      <translation>Rééchantillonnage de la LST grossière sur la grille fine</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>The moving window must be an odd number of pixels, not {}.</source>
      <translation>La fenêtre glissante doit compter un nombre impair de pixels, pas {}.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Scale factor {}; similarity threshold {:.3f} K; {} output pixels predicted.</source>
      <translation>Facteur d'échelle {} ; seuil de similarité {:.3f} K ; {} pixels de sortie prédits.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/base.py" />
      <source>Bias correction: {:+.3f} K added to the coarse LST layers.</source>
      <translation>Correction du biais : {:+.3f} K ajoutés aux couches LST grossières.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>DLSTFM (deep, one base pair)</source>
      <translation>DLSTFM (profond, une paire de base)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>&lt;p&gt;Predicts the fine land surface temperature (LST) at a date t2 from a fine LST and a coarse LST at a base date t1 and the coarse LST at t2 with a small deep network after DLSTFM, Jin et al. (2026): a dual-temporal branch (the three layers and their differences), a multi-source branch (the fine layer against each coarse layer), spatially adaptive feature modulation (SAFM, Sun et al. 2023) for multi-scale fusion, and a temperature-adaptive correction (TCM) that gives each pixel a scale of its fine detail at t1 and a shift: F2 = C2 + scale x (F1 - C1) + shift. The full text of the paper was not available: this is a re-implementation from its abstract, not the authors' network.&lt;/p&gt;&lt;p&gt;An energy-consistency correction then makes the T&lt;sup&gt;4&lt;/sup&gt; block means of the output equal to the coarse LST at t2 (a smooth residual, no blocks), unless it is unticked.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Prédit la température de surface (LST) fine à une date t2 à partir d'une LST fine et d'une LST grossière à une date de base t1 et de la LST grossière à t2 avec un petit réseau profond d'après DLSTFM, Jin et al. (2026) : une branche bi-temporelle (les trois couches et leurs différences), une branche multi-source (la couche fine confrontée à chaque couche grossière), une modulation de caractéristiques spatialement adaptative (SAFM, Sun et al. 2023) pour la fusion multi-échelle, et une correction adaptative à la température (TCM) qui donne à chaque pixel un facteur appliqué à son détail fin à t1 et un décalage : F2 = C2 + facteur x (F1 - C1) + décalage. Le texte intégral de l'article n'était pas disponible : il s'agit d'une réimplémentation à partir de son résumé, et non du réseau des auteurs.&lt;/p&gt;&lt;p&gt;Une correction de cohérence énergétique rend ensuite les moyennes par bloc de T&lt;sup&gt;4&lt;/sup&gt; de la sortie égales à la LST grossière à t2 (un résidu lisse, sans blocs), sauf si elle est décochée.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>&lt;p&gt;Bundled weights ({} parameters): trained on real ECOSTRESS LST of Los Angeles (~70 m, 2023), the coarse sensor simulated by aggregating each granule by {} (~1 km), on {} ordered pairs of dates; the dates {} were held out. Command: &lt;code&gt;{}&lt;/code&gt;.</source>
      <translation>&lt;p&gt;Poids fournis ({} paramètres) : entraînés sur des LST ECOSTRESS réelles de Los Angeles (~70 m, 2023), le capteur grossier étant simulé en agrégeant chaque granule d'un facteur {} (~1 km), sur {} paires ordonnées de dates ; les dates {} ont été mises de côté. Commande : &lt;code&gt;{}&lt;/code&gt;.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source> Measured on the {} held-out pairs (512 x 512 crops, bench/fusion.py): RMSE {:.3f} K, against {:.3f} K for the fine LST at t1 plus the cubic coarse change and {:.3f} K for STARFM.</source>
      <translation> Mesures sur les {} paires mises de côté (découpes de 512 x 512, bench/fusion.py) : RMSE {:.3f} K, contre {:.3f} K pour la LST fine à t1 augmentée de la variation grossière interpolée en cubique et {:.3f} K pour STARFM.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source> At Yanco (real Landsat and MODIS, factor 10) the energy correction made it worse: unbiased RMSE {:.2f} K with it, {:.2f} K without, {:.2f} K for STARFM. Untick it when the coarse sensor does not see the energy that the fine one does (a bias between the sensors, a footprint wider than the coarse pixel).</source>
      <translation> À Yanco (Landsat et MODIS réels, facteur 10), la correction énergétique a dégradé le résultat : RMSE non biaisée de {:.2f} K avec elle, {:.2f} K sans, {:.2f} K pour STARFM. Décochez-la quand le capteur grossier ne voit pas l'énergie que voit le capteur fin (un biais entre les capteurs, une empreinte plus large que le pixel grossier).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source> Other sensors, places and scale factors have not been trained on.&lt;/p&gt;</source>
      <translation> Aucun entraînement n'a été fait sur d'autres capteurs, lieux ou facteurs d'échelle.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>Energy-consistency correction against the coarse LST at t2</source>
      <translation>Correction de cohérence énergétique par rapport à la LST grossière à t2</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <location filename="../lst_downscaler/algorithms/fusion/estarfm.py" />
      <location filename="../lst_downscaler/algorithms/fusion/starfm.py" />
      <source>Fine LST at t2</source>
      <translation>LST fine à t2</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/dlstfm.py" />
      <source>Ran on {}; scale factor {}; {} output pixels predicted; largest block energy error against the coarse LST at t2: {:.3f} K.</source>
      <translation>Exécuté sur {} ; facteur d'échelle {} ; {} pixels de sortie prédits ; plus grande erreur d'énergie par bloc par rapport à la LST grossière à t2 : {:.3f} K.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/estarfm.py" />
      <source>ESTARFM (two base pairs)</source>
      <translation>ESTARFM (deux paires de base)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/estarfm.py" />
      <source>&lt;p&gt;Predicts the fine land surface temperature (LST) at a date t2 from two base pairs of fine and coarse LST, at t1 and t3 (usually before and after t2), and the coarse LST at t2, with the Enhanced Spatial and Temporal Adaptive Reflectance Fusion Model of Zhu, Chen, Gao, Chen and Masek (2010), &lt;i&gt;An enhanced spatial and temporal adaptive reflectance fusion model for complex heterogeneous regions&lt;/i&gt;, Remote Sensing of Environment 114(11), 2610-2623.&lt;/p&gt;&lt;p&gt;In a moving window, similar pixels are those close to the central pixel at both base dates. A conversion coefficient, the slope of the regression of fine on coarse LST over them, turns the coarse change into a fine change; a prediction from each base date (Fk + coefficient x weighted coarse change) is weighted by how little the coarse LST of the window changed since that date. By default the coefficient is 1 (the fine change is the coarse change), which was more accurate than Zhu's regression on real ECOSTRESS LST; the regression is an advanced option. Zhu's spectral correlation needs several bands: with one band (LST), the similar pixels are weighted by how closely their fine change between t1 and t3 follows the coarse change, and by distance.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Prédit la température de surface (LST) fine à une date t2 à partir de deux paires de base de LST fine et grossière, à t1 et t3 (généralement avant et après t2), et de la LST grossière à t2, avec l'Enhanced Spatial and Temporal Adaptive Reflectance Fusion Model de Zhu, Chen, Gao, Chen et Masek (2010), &lt;i&gt;An enhanced spatial and temporal adaptive reflectance fusion model for complex heterogeneous regions&lt;/i&gt;, Remote Sensing of Environment 114(11), 2610-2623.&lt;/p&gt;&lt;p&gt;Dans une fenêtre glissante, les pixels similaires sont ceux qui sont proches du pixel central aux deux dates de base. Un coefficient de conversion, la pente de la régression de la LST fine sur la LST grossière ajustée sur ces pixels, transforme la variation grossière en variation fine ; la prédiction issue de chaque date de base (Fk + coefficient x variation grossière pondérée) est pondérée d'autant plus fortement que la LST grossière de la fenêtre a peu varié depuis cette date. Par défaut, le coefficient vaut 1 (la variation fine est la variation grossière), ce qui s'est révélé plus précis que la régression de Zhu sur des LST ECOSTRESS réelles ; la régression est une option avancée. La corrélation spectrale de Zhu nécessite plusieurs bandes : avec une seule bande (la LST), les pixels similaires sont pondérés selon la fidélité avec laquelle leur variation fine entre t1 et t3 suit la variation grossière, et selon leur distance.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/estarfm.py" />
      <source>Regression of fine on coarse LST (Zhu et al. 2010)</source>
      <translation>Régression de la LST fine sur la LST grossière (Zhu et al. 2010)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/estarfm.py" />
      <source>1: the fine change is the coarse change (more accurate on LST)</source>
      <translation>1 : la variation fine est la variation grossière (plus précis sur la LST)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/estarfm.py" />
      <source>Conversion coefficient</source>
      <translation>Coefficient de conversion</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/starfm.py" />
      <source>STARFM (one base pair)</source>
      <translation>STARFM (une paire de base)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/starfm.py" />
      <source>&lt;p&gt;Predicts the fine land surface temperature (LST) at a date t2 from a fine LST and a coarse LST at a base date t1 and the coarse LST at t2, with the Spatial and Temporal Adaptive Reflectance Fusion Model of Gao, Masek, Schwaller and Hall (2006), &lt;i&gt;On the blending of the Landsat and MODIS surface reflectance: predicting daily Landsat surface reflectance&lt;/i&gt;, IEEE TGRS 44(8), 2207-2218.&lt;/p&gt;&lt;p&gt;Each output pixel is a weighted mean, over the spectrally similar pixels of a moving window around it, of the fine LST at t1 plus the coarse change (F1 + C2 - C1). Similar pixels are within the standard deviation of the fine LST x 2 / number of classes of the central pixel, and no worse than it in fine-coarse difference and coarse change (within the sensors' uncertainties). Weights fall with the fine-coarse difference |F1 - C1|, the coarse change |C2 - C1| and the relative distance 1 + d / (window / 2).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Prédit la température de surface (LST) fine à une date t2 à partir d'une LST fine et d'une LST grossière à une date de base t1 et de la LST grossière à t2, avec le Spatial and Temporal Adaptive Reflectance Fusion Model de Gao, Masek, Schwaller et Hall (2006), &lt;i&gt;On the blending of the Landsat and MODIS surface reflectance: predicting daily Landsat surface reflectance&lt;/i&gt;, IEEE TGRS 44(8), 2207-2218.&lt;/p&gt;&lt;p&gt;Chaque pixel de sortie est une moyenne pondérée, sur les pixels spectralement similaires d'une fenêtre glissante centrée sur lui, de la LST fine à t1 augmentée de la variation grossière (F1 + C2 - C1). Les pixels similaires s'écartent du pixel central de moins de l'écart-type de la LST fine x 2 / nombre de classes, et ne sont pas moins bons que lui en différence fine-grossière ni en variation grossière (aux incertitudes des capteurs près). Les poids diminuent avec la différence fine-grossière |F1 - C1|, la variation grossière |C2 - C1| et la distance relative 1 + d / (fenêtre / 2).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>Fusion time series: STARFM or DLSTFM (one base pair, many coarse dates)</source>
      <translation>Série temporelle de fusion : STARFM ou DLSTFM (une paire de base, nombreuses dates grossières)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>&lt;p&gt;Runs STARFM (Gao et al. 2006, IEEE TGRS 44(8)), or DLSTFM (after Jin et al. 2026, with its bundled weights and energy correction; needs PyTorch), for every coarse LST layer of a list: one base pair (fine and coarse LST at t1) and many coarse dates give one fine LST GeoTIFF per date in the output folder, named after the coarse layer's file (an existing file of that name is replaced, once every date is done). Progress is reported over the dates; on Cancel or error, no file of the folder changes.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Exécute STARFM (Gao et al. 2006, IEEE TGRS 44(8)), ou DLSTFM (d'après Jin et al. 2026, avec ses poids fournis et sa correction de cohérence énergétique ; nécessite PyTorch), pour chaque couche LST grossière d'une liste : une paire de base (LST fine et grossière à t1) et de nombreuses dates grossières donnent un GeoTIFF de LST fine par date dans le dossier de sortie, nommé d'après le fichier de la couche grossière (un fichier existant de ce nom est remplacé, une fois toutes les dates calculées). La progression est indiquée sur l'ensemble des dates ; en cas d'annulation ou d'erreur, aucun fichier du dossier n'est modifié.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>Coarse LST at the prediction dates (band 1 of each)</source>
      <translation>LST grossière aux dates de prédiction (bande 1 de chacune)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>Method</source>
      <translation>Méthode</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>Folder for the fine LST of each date</source>
      <translation>Dossier de la LST fine de chaque date</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>Number of files written</source>
      <translation>Nombre de fichiers écrits</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>STARFM</source>
      <translation>STARFM</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>DLSTFM (deep, needs PyTorch)</source>
      <translation>DLSTFM (profond, nécessite PyTorch)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>No coarse LST layer in the series: give one or more.</source>
      <translation>Aucune couche LST grossière dans la série : indiquez-en une ou plusieurs.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/fusion/time_series.py" />
      <source>Wrote {} ({} pixels predicted).</source>
      <translation>{} écrit ({} pixels prédits).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_aster.py" />
      <source>Prepare ASTER surface kinetic temperature (AST_08)</source>
      <translation>Préparer la température cinétique de surface ASTER (AST_08)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_aster.py" />
      <source>&lt;p&gt;Reads an ASTER AST_08 surface kinetic temperature product, as the HDF-EOS granule or as a GeoTIFF of its DN band, and writes the land surface temperature in kelvin (DN × 0.1; DN 0 is fill and becomes nodata), after the &lt;i&gt;ASTER Higher-Level Product User Guide&lt;/i&gt; (NASA JPL). The 90 m ASTER LST is a fine-scale reference for checking downscaled MODIS LST (both fly on Terra).&lt;/p&gt;&lt;p&gt;The HDF granule is a swath located by latitude/longitude tie points: it is warped to the UTM zone of its centre with nearest neighbour, so every output value is a product value. A GeoTIFF keeps its own grid.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Lit un produit ASTER AST_08 de température cinétique de surface, sous forme de granule HDF-EOS ou de GeoTIFF de sa bande de comptes numériques (CN), et écrit la température de surface en kelvin (CN × 0,1 ; le CN 0 est un remplissage et devient « sans donnée »), d'après l'&lt;i&gt;ASTER Higher-Level Product User Guide&lt;/i&gt; (NASA JPL). La LST ASTER à 90 m est une référence à fine échelle pour vérifier une LST MODIS désagrégée (les deux volent sur Terra).&lt;/p&gt;&lt;p&gt;Le granule HDF est une fauchée localisée par des points d'attache en latitude/longitude : il est reprojeté dans la zone UTM de son centre au plus proche voisin, de sorte que chaque valeur de sortie est une valeur du produit. Un GeoTIFF garde sa propre grille.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_aster.py" />
      <source>AST_08 granule (*.hdf) or DN GeoTIFF</source>
      <translation>Granule AST_08 (*.hdf) ou GeoTIFF de CN</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_aster.py" />
      <source>AST_08 files (*.hdf *.HDF *.tif *.TIF *.tiff)</source>
      <translation>Fichiers AST_08 (*.hdf *.HDF *.tif *.TIF *.tiff)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_aster.py" />
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>LST (K)</source>
      <translation>LST (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>Prepare Landsat Level-1 thermal band (brightness temperature)</source>
      <translation>Préparer la bande thermique Landsat de niveau 1 (température de brillance)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>&lt;p&gt;Reads the thermal band of a Landsat 4, 5, 7, 8 or 9 Level-1 scene, given by its *_MTL.txt file, and writes the top-of-atmosphere brightness temperature in kelvin: radiance L = RADIANCE_MULT × DN + RADIANCE_ADD, then T = K2 / ln(K1 / L + 1), with the factors of the MTL (Chander, Markham and Helder 2009, &lt;i&gt;Summary of current radiometric calibration coefficients for Landsat MSS, TM, ETM+, and EO-1 ALI sensors&lt;/i&gt;, Remote Sensing of Environment 113; Landsat 8 Data Users Handbook).&lt;/p&gt;&lt;p&gt;Thermal band: the first is TM B6, ETM+ B6_VCID_1 (low gain) or TIRS B10; the second ETM+ B6_VCID_2 (high gain) or TIRS B11. When the MTL lacks K1/K2, the standard values of the sensor are used (TM 5: 607.76 / 1260.56; ETM+: 666.09 / 1282.71; TIRS B10: 774.8853 / 1321.0789, B11: 480.8883 / 1201.1442); when it lacks RADIANCE_MULT/ADD, they are computed from LMIN/LMAX and QCALMIN/QCALMAX. The log says which.&lt;/p&gt;&lt;p&gt;Fill (DN 0) and the band file's nodata value become nodata; with a QA_PIXEL band (Collection 2), cloud, shadow and snow can be masked. Brightness temperature is not land surface temperature: it has no emissivity or atmospheric correction, and reads a few kelvin colder.&lt;/p&gt;&lt;p&gt;Optionally, the top-of-atmosphere reflectance of blue, green, red, NIR, SWIR 1 and SWIR 2 (B2..B7 for Landsat 8/9, B1..B5 and B7 for Landsat 4-7, in this order) as one 6-band layer, in the band order of the Level-2 surface reflectance, so that either feeds the same algorithms: ρ = (REFLECTANCE_MULT × DN + REFLECTANCE_ADD) / sin(sun elevation) with the factors and SUN_ELEVATION of the MTL (Landsat 8 Data Users Handbook). When the MTL lacks REFLECTANCE_MULT/ADD (older TM and ETM+ scenes), ρ = π × L × d² / (ESUN × sin(sun elevation)), with L the radiance as above, ESUN of the sensor from Chander, Markham and Helder (2009, Table 11) and d the EARTH_SUN_DISTANCE of the MTL, or else computed from DATE_ACQUIRED with the low-precision formula for the Sun of The Astronomical Almanac. The log says which. TOA reflectance has no atmospheric correction: it reads higher than surface reflectance in the visible bands.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Lit la bande thermique d'une scène Landsat 4, 5, 7, 8 ou 9 de niveau 1, désignée par son fichier *_MTL.txt, et écrit la température de brillance au sommet de l'atmosphère en kelvin : luminance L = RADIANCE_MULT × CN + RADIANCE_ADD, puis T = K2 / ln(K1 / L + 1), avec les facteurs du MTL (Chander, Markham et Helder 2009, &lt;i&gt;Summary of current radiometric calibration coefficients for Landsat MSS, TM, ETM+, and EO-1 ALI sensors&lt;/i&gt;, Remote Sensing of Environment 113 ; Landsat 8 Data Users Handbook).&lt;/p&gt;&lt;p&gt;Bande thermique : la première est TM B6, ETM+ B6_VCID_1 (gain faible) ou TIRS B10 ; la seconde ETM+ B6_VCID_2 (gain fort) ou TIRS B11. Quand le MTL n'a pas K1/K2, les valeurs standard du capteur sont utilisées (TM 5 : 607,76 / 1260,56 ; ETM+ : 666,09 / 1282,71 ; TIRS B10 : 774,8853 / 1321,0789, B11 : 480,8883 / 1201,1442) ; quand il n'a pas RADIANCE_MULT/ADD, ils sont calculés à partir de LMIN/LMAX et QCALMIN/QCALMAX. Le journal indique lesquels.&lt;/p&gt;&lt;p&gt;Le remplissage (CN 0) et la valeur « sans donnée » du fichier de bande deviennent « sans donnée » ; avec une bande QA_PIXEL (Collection 2), les nuages, ombres et neige peuvent être masqués. La température de brillance n'est pas la température de surface : elle n'a ni correction d'émissivité ni correction atmosphérique, et paraît de quelques kelvins plus froide.&lt;/p&gt;&lt;p&gt;En option, la réflectance au sommet de l'atmosphère du bleu, vert, rouge, PIR, SWIR 1 et SWIR 2 (B2..B7 pour Landsat 8/9, B1..B5 et B7 pour Landsat 4-7, dans cet ordre) en une couche de 6 bandes, dans l'ordre des bandes de la réflectance de surface de niveau 2, de sorte que l'une ou l'autre alimente les mêmes algorithmes : ρ = (REFLECTANCE_MULT × CN + REFLECTANCE_ADD) / sin(élévation solaire) avec les facteurs et SUN_ELEVATION du MTL (Landsat 8 Data Users Handbook). Quand le MTL n'a pas REFLECTANCE_MULT/ADD (scènes TM et ETM+ anciennes), ρ = π × L × d² / (ESUN × sin(élévation solaire)), avec L la luminance calculée comme ci-dessus, l'ESUN du capteur d'après Chander, Markham et Helder (2009, table 11) et d l'EARTH_SUN_DISTANCE du MTL, ou à défaut la distance calculée à partir de DATE_ACQUIRED avec la formule de faible précision pour le Soleil de The Astronomical Almanac. Le journal indique lesquels. La réflectance au sommet de l'atmosphère n'a pas de correction atmosphérique : elle est plus élevée que la réflectance de surface dans les bandes visibles.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>First: TM B6, ETM+ B6_VCID_1 (low gain), TIRS B10</source>
      <translation>Première : TM B6, ETM+ B6_VCID_1 (gain faible), TIRS B10</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>Second: ETM+ B6_VCID_2 (high gain), TIRS B11</source>
      <translation>Seconde : ETM+ B6_VCID_2 (gain fort), TIRS B11</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <source>Scene metadata file (*_MTL.txt)</source>
      <translation>Fichier de métadonnées de la scène (*_MTL.txt)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <source>Landsat metadata (*_MTL.txt *_MTL.TXT)</source>
      <translation>Métadonnées Landsat (*_MTL.txt *_MTL.TXT)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>Thermal band</source>
      <translation>Bande thermique</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <source>Mask cloud, shadow and snow (QA_PIXEL)</source>
      <translation>Masquer nuages, ombres et neige (QA_PIXEL)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>Brightness temperature (K)</source>
      <translation>Température de brillance (K)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>TOA reflectance (blue, green, red, NIR, SWIR 1, SWIR 2)</source>
      <translation>Réflectance au sommet de l'atmosphère (bleu, vert, rouge, PIR, SWIR 1, SWIR 2)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>Scene {} ({}), band {}: radiance = {:.6g} × DN + {:.6g}, K1 = {}, K2 = {}</source>
      <translation>Scène {} ({}), bande {} : luminance = {:.6g} × CN + {:.6g}, K1 = {}, K2 = {}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l1.py" />
      <source>TOA reflectance {}: ρ = {:.6g} × DN + {:.6g}</source>
      <translation>Réflectance au sommet de l'atmosphère {} : ρ = {:.6g} × CN + {:.6g}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <source>Prepare Landsat Collection 2 Level-2 scene</source>
      <translation>Préparer une scène Landsat Collection 2 de niveau 2</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <source>&lt;p&gt;Reads a Landsat 4-9 Collection 2 Level-2 scene, given by its *_MTL.txt file, and writes the surface temperature in kelvin (ST_B10 or ST_B6: DN × 0.00341802 + 149.0, factors read from the MTL) and the NDVI from surface reflectance (DN × 2.75e-05 - 0.2). Fill (DN 0) becomes nodata; with a QA_PIXEL band, fill, cloud, dilated cloud, cirrus, cloud shadow and snow can be masked.&lt;/p&gt;&lt;p&gt;Optionally, the surface reflectance of blue, green, red, NIR, SWIR 1 and SWIR 2 (SR_B2..SR_B7 for Landsat 8/9, SR_B1..SR_B5 and SR_B7 for Landsat 4-7, in this order) as one 6-band layer in reflectance (0-1), ready for the Spectral index algorithm.&lt;/p&gt;&lt;p&gt;Band files without georeferencing are placed on the UTM grid given in the MTL. The thermal band is delivered at 30 m but its native resolution is 100 m (Landsat 8/9): aggregate it before sharpening.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Lit une scène Landsat 4-9 Collection 2 de niveau 2, désignée par son fichier *_MTL.txt, et écrit la température de surface en kelvin (ST_B10 ou ST_B6 : CN × 0,00341802 + 149,0, facteurs lus dans le MTL) et le NDVI issu de la réflectance de surface (CN × 2,75e-05 - 0,2). Le remplissage (CN 0) devient « sans donnée » ; avec une bande QA_PIXEL, le remplissage, les nuages, nuages dilatés, cirrus, ombres de nuages et la neige peuvent être masqués.&lt;/p&gt;&lt;p&gt;En option, la réflectance de surface du bleu, vert, rouge, PIR, SWIR 1 et SWIR 2 (SR_B2..SR_B7 pour Landsat 8/9, SR_B1..SR_B5 et SR_B7 pour Landsat 4-7, dans cet ordre) en une couche de 6 bandes en réflectance (0-1), prête pour l'algorithme Indice spectral.&lt;/p&gt;&lt;p&gt;Les fichiers de bande sans géoréférencement sont placés sur la grille UTM donnée dans le MTL. La bande thermique est livrée à 30 m mais sa résolution native est de 100 m (Landsat 8/9) : agrégez-la avant l'affinage.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>NDVI</source>
      <translation>NDVI</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <source>Surface reflectance (blue, green, red, NIR, SWIR 1, SWIR 2)</source>
      <translation>Réflectance de surface (bleu, vert, rouge, PIR, SWIR 1, SWIR 2)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_landsat_l2.py" />
      <source>Scene {} ({})</source>
      <translation>Scène {} ({})</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Prepare MODIS daily LST (MOD11A1 / MOD21A1 HDF)</source>
      <translation>Préparer la LST journalière MODIS (HDF MOD11A1 / MOD21A1)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>&lt;p&gt;Reads a MODIS daily land surface temperature granule as downloaded (HDF4-EOS: MOD11A1/MYD11A1, or MOD21A1D/MOD21A1N) and writes its day or night LST in kelvin (DN × 0.02; DN 0 is fill and becomes nodata), on the granule's 1 km sinusoidal grid and CRS, ready for sharpening.&lt;/p&gt;&lt;p&gt;Quality mask, from bits 0-1 of the QC layer (QC_Day / QC_Night, or QC for MOD21): all produced pixels; good quality only (00); or good and other quality (00 and 01). Source: Wan, &lt;i&gt;MODIS Land Surface Temperature Products Users' Guide&lt;/i&gt; (MOD11, collection 6/6.1) and Hulley et al., &lt;i&gt;MODIS MOD21 Land Surface Temperature and Emissivity User Guide&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;A MOD21A1D granule holds day LST only and MOD21A1N night LST only: the overpass must match the granule.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Lit un granule journalier MODIS de température de surface tel que téléchargé (HDF4-EOS : MOD11A1/MYD11A1, ou MOD21A1D/MOD21A1N) et écrit sa LST de jour ou de nuit en kelvin (CN × 0,02 ; le CN 0 est un remplissage et devient « sans donnée »), sur la grille sinusoïdale à 1 km et dans le SCR du granule, prête pour l'affinage.&lt;/p&gt;&lt;p&gt;Masque de qualité, d'après les bits 0-1 de la couche QC (QC_Day / QC_Night, ou QC pour MOD21) : tous les pixels produits ; bonne qualité seulement (00) ; ou bonne et autre qualité (00 et 01). Source : Wan, &lt;i&gt;MODIS Land Surface Temperature Products Users' Guide&lt;/i&gt; (MOD11, collection 6/6.1) et Hulley et al., &lt;i&gt;MODIS MOD21 Land Surface Temperature and Emissivity User Guide&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Un granule MOD21A1D ne contient que la LST de jour et un MOD21A1N que la LST de nuit : le passage doit correspondre au granule.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Night</source>
      <translation>Nuit</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>All produced pixels</source>
      <translation>Tous les pixels produits</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Good quality only (00)</source>
      <translation>Bonne qualité seulement (00)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Good and other quality (00, 01)</source>
      <translation>Bonne et autre qualité (00, 01)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>MODIS LST granule (*.hdf)</source>
      <translation>Granule LST MODIS (*.hdf)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>HDF4 files (*.hdf *.HDF)</source>
      <translation>Fichiers HDF4 (*.hdf *.HDF)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Overpass</source>
      <translation>Passage</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Quality mask (QC bits 0-1)</source>
      <translation>Masque de qualité (bits QC 0-1)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>Reading {}</source>
      <translation>Lecture de {}</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/prepare_modis_lst.py" />
      <source>{} of {} pixels valid ({:.1f} %).</source>
      <translation>{} pixels valides sur {} ({:.1f} %).</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Spectral index (NDVI, NDWI, MNDWI, NDBI, albedo)</source>
      <translation>Indice spectral (NDVI, NDWI, MNDWI, NDBI, albédo)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>&lt;p&gt;Computes a spectral index from the bands of a surface reflectance layer, by strips:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;NDVI = (NIR - red) / (NIR + red) (Rouse et al. 1974);&lt;/li&gt;&lt;li&gt;NDWI = (green - NIR) / (green + NIR) (McFeeters 1996, &lt;i&gt;International Journal of Remote Sensing&lt;/i&gt; 17);&lt;/li&gt;&lt;li&gt;MNDWI = (green - SWIR 1) / (green + SWIR 1) (Xu 2006, &lt;i&gt;International Journal of Remote Sensing&lt;/i&gt; 27);&lt;/li&gt;&lt;li&gt;NDBI = (SWIR 1 - NIR) / (SWIR 1 + NIR) (Zha, Gao and Ni 2003, &lt;i&gt;International Journal of Remote Sensing&lt;/i&gt; 24);&lt;/li&gt;&lt;li&gt;shortwave albedo = 0.356 blue + 0.130 red + 0.373 NIR + 0.085 SWIR 1 + 0.072 SWIR 2 - 0.0018 (Liang 2001, &lt;i&gt;Remote Sensing of Environment&lt;/i&gt; 76; Landsat TM/ETM+ bands 1, 3, 4, 5, 7, OLI bands 2, 4, 5, 6, 7).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Normalised differences are clipped to [-1, 1]. Reflectance comes from the layer's scale and offset metadata; a layer in raw digital numbers (values above 2) is refused. The default bands 1 to 6 (blue, green, red, NIR, SWIR 1, SWIR 2) are those of the reflectance output of 'Prepare Landsat Collection 2 Level-2 scene'.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Calcule un indice spectral à partir des bandes d'une couche de réflectance de surface, par bandes de lignes :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;NDVI = (PIR - rouge) / (PIR + rouge) (Rouse et al. 1974) ;&lt;/li&gt;&lt;li&gt;NDWI = (vert - PIR) / (vert + PIR) (McFeeters 1996, &lt;i&gt;International Journal of Remote Sensing&lt;/i&gt; 17) ;&lt;/li&gt;&lt;li&gt;MNDWI = (vert - SWIR 1) / (vert + SWIR 1) (Xu 2006, &lt;i&gt;International Journal of Remote Sensing&lt;/i&gt; 27) ;&lt;/li&gt;&lt;li&gt;NDBI = (SWIR 1 - PIR) / (SWIR 1 + PIR) (Zha, Gao et Ni 2003, &lt;i&gt;International Journal of Remote Sensing&lt;/i&gt; 24) ;&lt;/li&gt;&lt;li&gt;albédo courtes longueurs d'onde = 0,356 bleu + 0,130 rouge + 0,373 PIR + 0,085 SWIR 1 + 0,072 SWIR 2 - 0,0018 (Liang 2001, &lt;i&gt;Remote Sensing of Environment&lt;/i&gt; 76 ; bandes Landsat TM/ETM+ 1, 3, 4, 5, 7, bandes OLI 2, 4, 5, 6, 7).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Les différences normalisées sont bornées à [-1, 1]. La réflectance vient des métadonnées de facteur d'échelle et de décalage de la couche ; une couche en comptes numériques bruts (valeurs supérieures à 2) est refusée. Les bandes 1 à 6 par défaut (bleu, vert, rouge, PIR, SWIR 1, SWIR 2) sont celles de la sortie de réflectance de « Préparer une scène Landsat Collection 2 de niveau 2 ».&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>NDWI (McFeeters: green, NIR)</source>
      <translation>NDWI (McFeeters : vert, PIR)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>MNDWI (green, SWIR 1)</source>
      <translation>MNDWI (vert, SWIR 1)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>NDBI (SWIR 1, NIR)</source>
      <translation>NDBI (SWIR 1, PIR)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Shortwave albedo (Liang 2001)</source>
      <translation>Albédo courtes longueurs d'onde (Liang 2001)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Reflectance layer</source>
      <translation>Couche de réflectance</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/preparation/spectral_index.py" />
      <source>Index</source>
      <translation>Indice</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Train a downscaling network</source>
      <translation>Entraîner un réseau de désagrégation</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>&lt;p&gt;Trains a network that downscales LST by 4 on your own scenes, and writes a model file (a .json card, the .pt weights beside it) that the deep downscaling algorithms run through their &lt;b&gt;Model file&lt;/b&gt; parameter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scenes&lt;/b&gt;: a list of coarse LST layers and a list of fine NDVI layers of the same length, paired by order. &lt;b&gt;Further auxiliary layers&lt;/b&gt; (optional: a DEM, an albedo, land cover...): the same number k for every scene, given scene by scene — the k layers of scene 1, then the k layers of scene 2, and so on, always in the same order. The model then expects k further auxiliary layers, in that order, when it runs. Fine layers are resampled to a quarter of the LST pixel when their pixel is not.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Recipe&lt;/b&gt;: the residual U-Net of Ait-Bachir et al. (2025), self-supervised as SIF-CNN-SR2 or SR1 (no fine LST needed: the output degraded by the sensor PSF gives back the coarse LST) or supervised on degraded pairs as SC-UNet; or SRDA-Net (Ma et al. 2025), which learns one x2 step on the LST's own grid (its 2 x 2 block means as input, the fine layers block-averaged onto that grid) and runs it twice. Run the result with the algorithm of its architecture: &lt;i&gt;SRDA-Net&lt;/i&gt; for the SRDA-Net recipe, a residual U-Net algorithm for the others.&lt;/p&gt;&lt;p&gt;Every 8th scene is held out for validation (with a single scene, its bottom quarter); the weights of the epoch with the lowest validation loss are kept. The log gives the training and validation losses per epoch; Cancel stops between epochs. The same inputs and seed give the same weights on the same device.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Entraîne sur vos propres scènes un réseau qui désagrège la LST d'un facteur 4, et écrit un fichier de modèle (une fiche .json, les poids .pt à côté) que les algorithmes de désagrégation profonde exécutent par leur paramètre &lt;b&gt;Fichier de modèle&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scènes&lt;/b&gt; : une liste de couches LST grossières et une liste de couches NDVI fines de même longueur, appariées dans l'ordre. &lt;b&gt;Couches auxiliaires supplémentaires&lt;/b&gt; (facultatives : un MNT, un albédo, l'occupation du sol...) : le même nombre k pour chaque scène, données scène par scène — les k couches de la scène 1, puis les k couches de la scène 2, et ainsi de suite, toujours dans le même ordre. Le modèle attend alors k couches auxiliaires supplémentaires, dans cet ordre, quand il s'exécute. Les couches fines dont le pixel n'est pas le quart de celui de la LST y sont rééchantillonnées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Recette&lt;/b&gt; : le U-Net résiduel d'Ait-Bachir et al. (2025), auto-supervisé comme SIF-CNN-SR2 ou SR1 (aucune LST fine n'est nécessaire : la sortie dégradée par la FEP du capteur redonne la LST grossière) ou supervisé sur des paires dégradées comme SC-UNet ; ou SRDA-Net (Ma et al. 2025), qui apprend une étape x2 sur la grille propre de la LST (ses moyennes par blocs de 2 x 2 en entrée, les couches fines moyennées par blocs sur cette grille) et l'exécute deux fois. Exécutez le résultat avec l'algorithme de son architecture : &lt;i&gt;SRDA-Net&lt;/i&gt; pour la recette SRDA-Net, un algorithme U-Net résiduel pour les autres.&lt;/p&gt;&lt;p&gt;Une scène sur 8 est mise de côté pour la validation (avec une seule scène, son quart inférieur) ; les poids de l'époque à la plus faible perte de validation sont conservés. Le journal donne les pertes d'entraînement et de validation par époque ; Annuler arrête le traitement entre deux époques. Les mêmes entrées et la même graine donnent les mêmes poids sur le même périphérique.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Residual U-Net, self-supervised (SIF-CNN-SR2 recipe)</source>
      <translation>U-Net résiduel, auto-supervisé (recette SIF-CNN-SR2)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Residual U-Net, self-supervised (SIF-CNN-SR1 recipe)</source>
      <translation>U-Net résiduel, auto-supervisé (recette SIF-CNN-SR1)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Residual U-Net, supervised on degraded pairs (SC-UNet recipe)</source>
      <translation>U-Net résiduel, supervisé sur des paires dégradées (recette SC-UNet)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>SRDA-Net, one x2 step supervised on the LST's own block means, run twice</source>
      <translation>SRDA-Net, une étape x2 supervisée sur les moyennes par blocs de la LST elle-même, exécutée deux fois</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Coarse LST layers (one per scene)</source>
      <translation>Couches LST grossières (une par scène)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Fine NDVI layers (one per scene, in the order of the LST layers)</source>
      <translation>Couches NDVI fines (une par scène, dans l'ordre des couches LST)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Further auxiliary layers (the same number per scene, scene by scene)</source>
      <translation>Couches auxiliaires supplémentaires (le même nombre par scène, scène par scène)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Names of the further auxiliary channels (comma-separated; empty: aux1, aux2...)</source>
      <translation>Noms des canaux auxiliaires supplémentaires (séparés par des virgules ; vide : aux1, aux2...)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Architecture and training recipe</source>
      <translation>Architecture et recette d'entraînement</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Epochs</source>
      <translation>Époques</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Patch size (coarse LST pixels)</source>
      <translation>Taille des patchs (pixels LST grossiers)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Batch size (patches per step)</source>
      <translation>Taille de lot (patchs par pas)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Steps per epoch</source>
      <translation>Pas par époque</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Model file</source>
      <translation>Fichier de modèle</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Model card (*.json)</source>
      <translation>Fiche de modèle (*.json)</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>{} coarse LST layers and {} fine NDVI layers were given: give one NDVI layer per LST layer, in the same order.</source>
      <translation>{} couches LST grossières et {} couches NDVI fines ont été données : indiquez une couche NDVI par couche LST, dans le même ordre.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>{} further auxiliary layers were given for {} scenes: give the same number of layers for every scene, scene by scene.</source>
      <translation>{} couches auxiliaires supplémentaires ont été données pour {} scènes : indiquez le même nombre de couches pour chaque scène, scène par scène.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>{} scenes read; channels: lst, ndvi{}.</source>
      <translation>{} scènes lues ; canaux : lst, ndvi{}.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/algorithms/training/train_network.py" />
      <source>Wrote the model file {} (weights {}); best validation loss {:.5f}.</source>
      <translation>Fichier de modèle {} écrit (poids {}) ; meilleure perte de validation {:.5f}.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/dependencies.py" />
      <source>This algorithm needs the Python package rasterio, which QGIS's Python cannot import. Install the build that uses QGIS's own GDAL, never a pip wheel (it brings a second GDAL into QGIS): on Windows, run the OSGeo4W installer (Advanced install) and add the package 'python3-rasterio'; on Debian or Ubuntu, 'sudo apt install python3-rasterio'; on macOS or any QGIS installed with conda, 'conda install -c conda-forge rasterio' in QGIS's environment. Then restart QGIS.</source>
      <translation>Cet algorithme a besoin du paquet Python rasterio, que le Python de QGIS ne peut pas importer. Installez la version construite sur le GDAL de QGIS, jamais une roue pip (elle apporte un second GDAL dans QGIS) : sous Windows, lancez l'installateur OSGeo4W (installation avancée) et ajoutez le paquet « python3-rasterio » ; sous Debian ou Ubuntu, « sudo apt install python3-rasterio » ; sous macOS ou pour tout QGIS installé avec conda, « conda install -c conda-forge rasterio » dans l'environnement de QGIS. Puis redémarrez QGIS.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/dependencies.py" />
      <source>This algorithm needs PyTorch, which QGIS's Python cannot import. Install it into that Python, e.g. on Linux: 'python3 -m pip install --user torch' (CPU build: add '--index-url https://download.pytorch.org/whl/cpu'); on Windows, from the OSGeo4W Shell: 'python -m pip install torch'. Then restart QGIS.</source>
      <translation>Cet algorithme a besoin de PyTorch, que le Python de QGIS ne peut pas importer. Installez-le dans ce Python, par exemple sous Linux : « python3 -m pip install --user torch » (version CPU : ajoutez « --index-url https://download.pytorch.org/whl/cpu ») ; sous Windows, depuis l'OSGeo4W Shell : « python -m pip install torch ». Puis redémarrez QGIS.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/dependencies.py" />
      <source>This algorithm needs scikit-learn, which QGIS's Python cannot import. Install it into that Python: on Debian or Ubuntu, 'sudo apt install python3-sklearn'; on Windows, from the OSGeo4W Shell, 'python -m pip install scikit-learn'; on macOS or any QGIS installed with conda, 'conda install -c conda-forge scikit-learn' in QGIS's environment. Then restart QGIS.</source>
      <translation>Cet algorithme a besoin de scikit-learn, que le Python de QGIS ne peut pas importer. Installez-le dans ce Python : sous Debian ou Ubuntu, « sudo apt install python3-sklearn » ; sous Windows, depuis l'OSGeo4W Shell, « python -m pip install scikit-learn » ; sous macOS ou pour tout QGIS installé avec conda, « conda install -c conda-forge scikit-learn » dans l'environnement de QGIS. Puis redémarrez QGIS.</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/provider.py" />
      <source>LST downscaling</source>
      <translation>Désagrégation de la LST</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/workflows.py" />
      <source>Workflows</source>
      <translation>Chaînes de traitement</translation>
    </message>
    <message>
      <location filename="../lst_downscaler/workflows.py" />
      <source>Edit a Copy in the Model Designer…</source>
      <translation>Modifier une copie dans le modeleur graphique…</translation>
    </message>
    <message>
      <source>&lt;p&gt;Runs STARFM (Gao et al. 2006, IEEE TGRS 44(8)), or DLSTFM (after Jin et al. 2026, with its bundled weights and energy correction; needs PyTorch), for every coarse LST layer of a list: one base pair (fine and coarse LST at t1) and many coarse dates give one fine LST GeoTIFF per date in the output folder, named after the coarse layer's file (an existing file of that name is replaced). Progress is reported over the dates; on Cancel or error, the files of this run are removed.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;Exécute STARFM (Gao et al. 2006, IEEE TGRS 44(8)), ou DLSTFM (d'après Jin et al. 2026, avec ses poids fournis et sa correction de cohérence énergétique ; nécessite PyTorch), pour chaque couche LST grossière d'une liste : une paire de base (LST fine et grossière à t1) et de nombreuses dates grossières donnent un GeoTIFF de LST fine par date dans le dossier de sortie, nommé d'après le fichier de la couche grossière (un fichier existant de ce nom est remplacé). La progression est indiquée sur l'ensemble des dates ; en cas d'annulation ou d'erreur, les fichiers de cette exécution sont supprimés.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>SIF-CNN-SR1 (deep, x4)</source>
      <translation type="vanished">SIF-CNN-SR1 (profond, x4)</translation>
    </message>
    <message>
      <source>&lt;p&gt;Downscales a coarse LST layer by 4 with a fine NDVI layer using a small residual U-Net, after {}.&lt;/p&gt;&lt;p&gt;The network was trained without any fine-resolution truth: its loss asks that the output, degraded by the sensor's PSF, gives back the coarse LST (weight 0.99) and that its Sobel gradients follow -0.5 times those of the NDVI (weight 0.01). It needs no assumption that the LST-NDVI relation is the same across scales.&lt;/p&gt;&lt;p&gt;Trained on MODIS 1 km -&gt; 250 m; other LST / NDVI pixel-size ratios are handled by resampling the NDVI to a quarter of the LST pixel. Runs on CPU or CUDA, by overlapping tiles blended without seams.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;Désagrège d'un facteur 4 une couche LST grossière avec une couche NDVI fine à l'aide d'un petit U-Net résiduel, d'après {}.&lt;/p&gt;&lt;p&gt;Le réseau a été entraîné sans aucune vérité à fine résolution : sa fonction de perte demande que la sortie, dégradée par la FEP du capteur, redonne la LST grossière (poids 0,99) et que ses gradients de Sobel suivent -0,5 fois ceux du NDVI (poids 0,01). Il ne suppose pas que la relation LST-NDVI est la même d'une échelle à l'autre.&lt;/p&gt;&lt;p&gt;Entraîné sur MODIS de 1 km à 250 m ; les autres rapports de taille de pixel LST / NDVI sont traités en rééchantillonnant le NDVI au quart du pixel de la LST. S'exécute sur CPU ou CUDA, par tuiles chevauchantes fondues sans raccord.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Downscales a coarse LST layer by 4 with a fine NDVI layer using a small residual U-Net, after {}.&lt;/p&gt;&lt;p&gt;As SIF-CNN-SR1, trained without fine truth, but the detail term of its loss compares high-pass filtered images (image minus its Gaussian low-pass): the output's high frequencies follow -0.25 times those of the NDVI (weight 0.5 in the released configuration).&lt;/p&gt;&lt;p&gt;Trained on MODIS 1 km -&gt; 250 m; other ratios are handled by resampling the NDVI. Runs on CPU or CUDA, by overlapping tiles blended without seams.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;Désagrège d'un facteur 4 une couche LST grossière avec une couche NDVI fine à l'aide d'un petit U-Net résiduel, d'après {}.&lt;/p&gt;&lt;p&gt;Comme SIF-CNN-SR1, entraîné sans vérité fine, mais le terme de détail de sa fonction de perte compare des images filtrées passe-haut (image moins son passe-bas gaussien) : les hautes fréquences de la sortie suivent -0,25 fois celles du NDVI (poids 0,5 dans la configuration publiée).&lt;/p&gt;&lt;p&gt;Entraîné sur MODIS de 1 km à 250 m ; les autres rapports sont traités en rééchantillonnant le NDVI. S'exécute sur CPU ou CUDA, par tuiles chevauchantes fondues sans raccord.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Reads the thermal band of a Landsat 4, 5, 7, 8 or 9 Level-1 scene, given by its *_MTL.txt file, and writes the top-of-atmosphere brightness temperature in kelvin: radiance L = RADIANCE_MULT × DN + RADIANCE_ADD, then T = K2 / ln(K1 / L + 1), with the factors of the MTL (Chander, Markham and Helder 2009, &lt;i&gt;Summary of current radiometric calibration coefficients for Landsat MSS, TM, ETM+, and EO-1 ALI sensors&lt;/i&gt;, Remote Sensing of Environment 113; Landsat 8 Data Users Handbook).&lt;/p&gt;&lt;p&gt;Thermal band: the first is TM B6, ETM+ B6_VCID_1 (low gain) or TIRS B10; the second ETM+ B6_VCID_2 (high gain) or TIRS B11. When the MTL lacks K1/K2, the standard values of the sensor are used (TM 5: 607.76 / 1260.56; ETM+: 666.09 / 1282.71; TIRS B10: 774.8853 / 1321.0789, B11: 480.8883 / 1201.1442); when it lacks RADIANCE_MULT/ADD, they are computed from LMIN/LMAX and QCALMIN/QCALMAX. The log says which.&lt;/p&gt;&lt;p&gt;Fill (DN 0) and the band file's nodata value become nodata; with a QA_PIXEL band (Collection 2), cloud, shadow and snow can be masked. Brightness temperature is not land surface temperature: it has no emissivity or atmospheric correction, and reads a few kelvin colder.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;Lit la bande thermique d'une scène Landsat 4, 5, 7, 8 ou 9 de niveau 1, désignée par son fichier *_MTL.txt, et écrit la température de brillance au sommet de l'atmosphère en kelvin : luminance L = RADIANCE_MULT × CN + RADIANCE_ADD, puis T = K2 / ln(K1 / L + 1), avec les facteurs du MTL (Chander, Markham et Helder 2009, &lt;i&gt;Summary of current radiometric calibration coefficients for Landsat MSS, TM, ETM+, and EO-1 ALI sensors&lt;/i&gt;, Remote Sensing of Environment 113 ; Landsat 8 Data Users Handbook).&lt;/p&gt;&lt;p&gt;Bande thermique : la première est TM B6, ETM+ B6_VCID_1 (gain faible) ou TIRS B10 ; la seconde ETM+ B6_VCID_2 (gain fort) ou TIRS B11. Quand le MTL n'a pas K1/K2, les valeurs standard du capteur sont utilisées (TM 5 : 607,76 / 1260,56 ; ETM+ : 666,09 / 1282,71 ; TIRS B10 : 774,8853 / 1321,0789, B11 : 480,8883 / 1201,1442) ; quand il n'a pas RADIANCE_MULT/ADD, ils sont calculés à partir de LMIN/LMAX et QCALMIN/QCALMAX. Le journal indique lesquels.&lt;/p&gt;&lt;p&gt;Le remplissage (CN 0) et la valeur « sans donnée » du fichier de bande deviennent « sans donnée » ; avec une bande QA_PIXEL (Collection 2), les nuages, ombres et neige peuvent être masqués. La température de brillance n'est pas la température de surface : elle n'a ni correction d'émissivité ni correction atmosphérique, et paraît de quelques kelvins plus froide.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>STARFM time series (one base pair, many coarse dates)</source>
      <translation type="vanished">Série temporelle STARFM (une paire de base, nombreuses dates grossières)</translation>
    </message>
    <message>
      <source>&lt;p&gt;Runs STARFM (Gao et al. 2006, IEEE TGRS 44(8)) for every coarse LST layer of a list: one base pair (fine and coarse LST at t1) and many coarse dates give one fine LST GeoTIFF per date in the output folder, named after the coarse layer's file (an existing file of that name is replaced). Progress is reported over the dates; on Cancel or error, the files of this run are removed.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;Exécute STARFM (Gao et al. 2006, IEEE TGRS 44(8)) pour chaque couche LST grossière d'une liste : une paire de base (LST fine et grossière à t1) et de nombreuses dates grossières donnent un GeoTIFF de LST fine par date dans le dossier de sortie, nommé d'après le fichier de la couche grossière (un fichier existant de ce nom est remplacé). La progression est indiquée sur l'ensemble des dates ; en cas d'annulation ou d'erreur, les fichiers de cette exécution sont supprimés.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Downscales a coarse LST layer by 4 with a fine NDVI layer using the residual U-Net of {}, trained with full supervision on degraded pairs: the real 1 km MODIS LST degraded to 4 km (and upsampled back) with the NDVI averaged to 1 km as input, the real 1 km LST as target.&lt;/p&gt;&lt;p&gt;Applied at 1 km -&gt; 250 m it assumes that the relation learnt one scale up holds one scale down (scale invariance), the assumption SIF-CNN avoids. Runs on CPU or CUDA, by overlapping tiles blended without seams.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;Désagrège d'un facteur 4 une couche LST grossière avec une couche NDVI fine à l'aide du U-Net résiduel de {}, entraîné en supervision complète sur des paires dégradées : la vraie LST MODIS à 1 km dégradée à 4 km (et ré-agrandie) avec le NDVI moyenné à 1 km en entrée, la vraie LST à 1 km comme cible.&lt;/p&gt;&lt;p&gt;Appliqué de 1 km à 250 m, il suppose que la relation apprise une échelle au-dessus vaut une échelle en dessous (invariance d'échelle), l'hypothèse qu'évite SIF-CNN. S'exécute sur CPU ou CUDA, par tuiles chevauchantes fondues sans raccord.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;Trains a network that downscales LST by 4 on your own scenes, and writes a model file (a .json card, the .pt weights beside it) that the deep downscaling algorithms run through their &lt;b&gt;Model file&lt;/b&gt; parameter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scenes&lt;/b&gt;: a list of coarse LST layers and a list of fine NDVI layers of the same length, paired by order. &lt;b&gt;Further auxiliary layers&lt;/b&gt; (optional: a DEM, an albedo, land cover...): the same number k for every scene, given scene by scene — the k layers of scene 1, then the k layers of scene 2, and so on, always in the same order. The model then expects k further auxiliary layers, in that order, when it runs. Fine layers are resampled to a quarter of the LST pixel when their pixel is not.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Recipe&lt;/b&gt;: the residual U-Net of Ait-Bachir et al. (2025), self-supervised as SIF-CNN-SR2 or SR1 (no fine LST needed: the output degraded by the sensor PSF gives back the coarse LST) or supervised on degraded pairs as SC-UNet.&lt;/p&gt;&lt;p&gt;Every 8th scene is held out for validation (with a single scene, its bottom quarter); the weights of the epoch with the lowest validation loss are kept. The log gives the training and validation losses per epoch; Cancel stops between epochs. The same inputs and seed give the same weights on the same device.&lt;/p&gt;</source>
      <translation type="vanished">&lt;p&gt;Entraîne sur vos propres scènes un réseau qui désagrège la LST d'un facteur 4, et écrit un fichier de modèle (une fiche .json, les poids .pt à côté) que les algorithmes de désagrégation profonde exécutent par leur paramètre &lt;b&gt;Fichier de modèle&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scènes&lt;/b&gt; : une liste de couches LST grossières et une liste de couches NDVI fines de même longueur, appariées dans l'ordre. &lt;b&gt;Couches auxiliaires supplémentaires&lt;/b&gt; (facultatives : un MNT, un albédo, l'occupation du sol...) : le même nombre k pour chaque scène, données scène par scène — les k couches de la scène 1, puis les k couches de la scène 2, et ainsi de suite, toujours dans le même ordre. Le modèle attend alors k couches auxiliaires supplémentaires, dans cet ordre, quand il s'exécute. Les couches fines dont le pixel n'est pas le quart de celui de la LST y sont rééchantillonnées.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Recette&lt;/b&gt; : le U-Net résiduel d'Ait-Bachir et al. (2025), auto-supervisé comme SIF-CNN-SR2 ou SR1 (aucune LST fine n'est nécessaire : la sortie dégradée par la FEP du capteur redonne la LST grossière) ou supervisé sur des paires dégradées comme SC-UNet.&lt;/p&gt;&lt;p&gt;Une scène sur 8 est mise de côté pour la validation (avec une seule scène, son quart inférieur) ; les poids de l'époque à la plus faible perte de validation sont conservés. Le journal donne les pertes d'entraînement et de validation par époque ; Annuler arrête le traitement entre deux époques. Les mêmes entrées et la même graine donnent les mêmes poids sur le même périphérique.&lt;/p&gt;</translation>
    </message>
  </context>
</TS>
