// The OpenLayers map: the parcels layer (coloured by the chosen theme), optional basemaps, and the GCJ-02 display
// projection used when a Gaode-style basemap is shown (our WGS84/CGCS2000 layers are shifted for display only).
import Map from 'ol/Map.js';
import View from 'ol/View.js';
import TileLayer from 'ol/layer/Tile.js';
import VectorLayer from 'ol/layer/Vector.js';
import VectorSource from 'ol/source/Vector.js';
import XYZ from 'ol/source/XYZ.js';
import GeoJSON from 'ol/format/GeoJSON.js';
import { Fill, Stroke, Style, Circle as CircleStyle, RegularShape, Text } from 'ol/style.js';
import { Point } from 'ol/geom.js';
import { getCenter, isEmpty } from 'ol/extent.js';
import { defaults as defaultControls, ScaleLine, Attribution } from 'ol/control.js';
import { Projection, addProjection, addCoordinateTransforms, get as getProjection, fromLonLat, toLonLat, transform, transformExtent } from 'ol/proj.js';
import { getRenderPixel } from 'ol/render.js';
import { wgs84ToGcj02, gcj02ToWgs84 } from './gcj02.js';

export const GCJ02_MERCATOR = 'GCJ02:MERCATOR';

// The smallest on-screen size (pixels across) of a photo footprint that gets a clickable marker.
const MARKER_MIN_PX = 48;
// The drone imagery tiles lie over the parcels' fill and under their outlines, markers and footprints' markers.
const IMAGERY_Z = 11.5;

function registerGcj02() {
  if (getProjection(GCJ02_MERCATOR)) return;
  const webMercator = getProjection('EPSG:3857');
  addProjection(new Projection({ code: GCJ02_MERCATOR, units: 'm', extent: webMercator.getExtent(), worldExtent: webMercator.getWorldExtent(), global: true }));
  const toGcj = (c) => fromLonLat(wgs84ToGcj02(c[0], c[1]));
  const fromGcj = (c) => {
    const [lon, lat] = toLonLat(c);
    return gcj02ToWgs84(lon, lat);
  };
  addCoordinateTransforms('EPSG:4326', GCJ02_MERCATOR, toGcj, fromGcj);
  addCoordinateTransforms('EPSG:3857', GCJ02_MERCATOR, (c) => toGcj(toLonLat(c)), (c) => fromLonLat(fromGcj(c)));
}

function hexToRgba(hex, alpha) {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/**
 * Creates the map in `target`. `colourOf(properties)` gives a project's colour, `visible(properties)` whether the
 * filters show it, `label(properties)` its short label; `onSelect(code | null)` is called on clicks on parcels and
 * `onPhoto(sha256)` on clicks on a photo's marker or footprint (markers first, then parcels, then footprints);
 * `photoColour(properties)` gives a footprint's outline colour.
 */
export function createMap(target, { colourOf, visible, label, onSelect, onPhoto = () => {}, photoColour = () => '#1a237e' }) {
  registerGcj02();
  const format = new GeoJSON();
  const source = new VectorSource();
  const photoSource = new VectorSource();
  let geojson = null;
  let photoGeojson = null;
  let selected = null;
  let selectedPhoto = null;
  let datum = 'wgs84';
  // Imagery: the pyramids shown (current month) and compared (swipe), their layers, and the swipe position (share of
  // the map's width from the left showing the compared month; null when not comparing).
  let imagery = { current: [], compare: [] };
  let imageryLayers = [];
  let imageryVisible = true;
  let swipe = null;

  const style = (feature, resolution) => {
    const p = feature.getProperties();
    if (!visible(p)) return null;
    const colour = colourOf(p);
    const isSelected = feature.getId() === selected;
    const stroke = new Stroke({ color: isSelected ? '#d32f2f' : '#37474f', width: isSelected ? 3 : 1.5 });
    const styles = [new Style({ fill: new Fill({ color: hexToRgba(colour, 0.75) }), stroke })];
    const extent = feature.getGeometry().getExtent();
    const sizePx = Math.max(extent[2] - extent[0], extent[3] - extent[1]) / resolution;
    if (sizePx < 24) {
      // Too small to see at this scale: a marker in the theme's colour at the parcel's centre.
      styles.push(new Style({
        geometry: new Point(getCenter(extent)),
        image: new CircleStyle({ radius: isSelected ? 9 : 7, fill: new Fill({ color: colour }), stroke }),
      }));
    }
    return styles;
  };

  // Labels in their own layer, decluttered (overlapping names are dropped) and drawn under the parcels and markers,
  // so a name can never hide another project's parcel.
  const labelStyle = (feature, resolution) => {
    const p = feature.getProperties();
    if (resolution >= 20 || !visible(p)) return null;
    const extent = feature.getGeometry().getExtent();
    const sizePx = Math.max(extent[2] - extent[0], extent[3] - extent[1]) / resolution;
    return new Style({
      geometry: new Point(getCenter(extent)),
      text: new Text({
        text: label(p),
        font: '13px "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif',
        offsetY: -(Math.max(Math.min(sizePx, 200) / 2, 8) + 10),
        fill: new Fill({ color: '#1a237e' }),
        stroke: new Stroke({ color: '#ffffff', width: 3 }),
      }),
    });
  };
  const labels = new VectorLayer({ source, style: labelStyle, declutter: true, zIndex: 10 });
  const parcels = new VectorLayer({ source, style, zIndex: 11 });
  // The outlines of parcels that have imagery, again above it (white on a dark halo, red when selected), so a
  // boundary stays visible on the photos.
  const hasImagery = (code, zoom) => [...imagery.current, ...imagery.compare].some((p) => p.project === code && zoom > p.minZoom - 1);
  const outlines = new VectorLayer({
    source,
    zIndex: IMAGERY_Z + 0.1,
    style: (feature, resolution) => {
      const zoom = map.getView().getZoomForResolution(resolution);
      if (!imageryVisible || !hasImagery(feature.getId(), zoom) || !visible(feature.getProperties())) return null;
      const isSelected = feature.getId() === selected;
      return [
        new Style({ stroke: new Stroke({ color: 'rgba(38, 50, 56, 0.8)', width: isSelected ? 5 : 3.5 }) }),
        new Style({ stroke: new Stroke({ color: isSelected ? '#d32f2f' : '#ffffff', width: isSelected ? 3 : 1.5 }) }),
      ];
    },
  });

  // Drone photo footprints (the selected month's), under the parcels so a parcel stays clickable, with a marker at
  // each footprint's centre above everything so every photo can be opened. At district scale a footprint is a few
  // pixels wide and its marker would hide the small parcel (and its theme colour) under it, so markers appear only
  // once a footprint is at least MARKER_MIN_PX across on screen (or the photo is the one open).
  const footprintStyle = (feature) => {
    const isSelected = feature.getId() === selectedPhoto;
    const colour = photoColour(feature.getProperties());
    return new Style({
      fill: new Fill({ color: isSelected ? 'rgba(255, 152, 0, 0.25)' : hexToRgba(colour, 0.08) }),
      stroke: new Stroke({ color: isSelected ? '#e65100' : colour, width: isSelected ? 2.5 : 1.4, lineDash: [6, 4] }),
    });
  };
  const markerStyle = (feature, resolution) => {
    const isSelected = feature.getId() === selectedPhoto;
    const extent = feature.getGeometry().getExtent();
    if (!isSelected && Math.max(extent[2] - extent[0], extent[3] - extent[1]) / resolution < MARKER_MIN_PX) return null;
    const colour = photoColour(feature.getProperties());
    return new Style({
      geometry: new Point(getCenter(extent)),
      image: new RegularShape({
        points: 4, radius: isSelected ? 9 : 7, angle: Math.PI / 4,
        fill: new Fill({ color: isSelected ? '#e65100' : '#ffffff' }),
        stroke: new Stroke({ color: isSelected ? '#ffffff' : colour, width: 2 }),
      }),
    });
  };
  const footprints = new VectorLayer({ source: photoSource, style: footprintStyle, zIndex: 9 });
  const markers = new VectorLayer({ source: photoSource, style: markerStyle, zIndex: 12 });
  const basemapLayers = [];
  const map = new Map({
    target,
    layers: [footprints, labels, parcels, outlines, markers],
    controls: defaultControls({ attribution: false }).extend([new ScaleLine(), new Attribution({ collapsible: true })]),
    view: new View({ projection: 'EPSG:3857', center: fromLonLat([119.95, 31.7]), zoom: 11, maxZoom: 21 }),
  });

  const photoAt = (pixel, layer) => {
    let sha = null;
    if (!layer.getVisible()) return null;
    map.forEachFeatureAtPixel(pixel, (f) => {
      sha = f.getId();
      return true;
    }, { layerFilter: (l) => l === layer, hitTolerance: layer === markers ? 6 : 0 });
    return sha;
  };
  const parcelAt = (pixel) => {
    let code = null;
    map.forEachFeatureAtPixel(pixel, (f) => {
      if (visible(f.getProperties())) {
        code = f.getId();
        return true;
      }
      return false;
    }, { layerFilter: (l) => l === parcels, hitTolerance: 4 });
    return code;
  };
  map.on('singleclick', (event) => {
    const marker = photoAt(event.pixel, markers);
    if (marker) {
      onPhoto(marker);
      return;
    }
    const code = parcelAt(event.pixel);
    if (code) {
      onSelect(code);
      return;
    }
    const footprint = photoAt(event.pixel, footprints);
    if (footprint) onPhoto(footprint);
    else onSelect(null);
  });
  map.on('pointermove', (event) => {
    const hit = Boolean(photoAt(event.pixel, markers) || parcelAt(event.pixel) || photoAt(event.pixel, footprints));
    map.getTargetElement().style.cursor = hit ? 'pointer' : '';
  });

  function projection() {
    return map.getView().getProjection().getCode();
  }

  function loadFeatures() {
    source.clear();
    if (geojson) source.addFeatures(format.readFeatures(geojson, { dataProjection: 'EPSG:4326', featureProjection: projection() }));
    photoSource.clear();
    if (photoGeojson) photoSource.addFeatures(format.readFeatures(photoGeojson, { dataProjection: 'EPSG:4326', featureProjection: projection() }));
  }

  function visibleExtent() {
    const extent = [Infinity, Infinity, -Infinity, -Infinity];
    for (const f of source.getFeatures()) {
      if (visible(f.getProperties())) {
        const e = f.getGeometry().getExtent();
        extent[0] = Math.min(extent[0], e[0]);
        extent[1] = Math.min(extent[1], e[1]);
        extent[2] = Math.max(extent[2], e[2]);
        extent[3] = Math.max(extent[3], e[3]);
      }
    }
    return extent;
  }

  // Clips an imagery layer to its side of the swipe line (the compared month left, the current month right).
  function clip(event, side) {
    const ctx = event.context;
    ctx.save();
    if (swipe === null) return;
    const size = map.getSize();
    const x = size[0] * swipe;
    const [x0, x1] = side === 'compare' ? [0, x] : [x, size[0]];
    const tl = getRenderPixel(event, [x0, 0]);
    const tr = getRenderPixel(event, [x1, 0]);
    const bl = getRenderPixel(event, [x0, size[1]]);
    const br = getRenderPixel(event, [x1, size[1]]);
    ctx.beginPath();
    ctx.moveTo(tl[0], tl[1]);
    ctx.lineTo(bl[0], bl[1]);
    ctx.lineTo(br[0], br[1]);
    ctx.lineTo(tr[0], tr[1]);
    ctx.closePath();
    ctx.clip();
  }

  function imageryLayer(p, side) {
    const layer = new TileLayer({
      // Pyramids are Web Mercator; OpenLayers reprojects them when our layers are shown in GCJ-02.
      source: new XYZ({ url: p.tiles, projection: 'EPSG:3857', minZoom: p.minZoom, maxZoom: p.maxZoom, crossOrigin: null, attributions: p.attribution }),
      extent: transformExtent(p.bounds, 'EPSG:4326', projection()),
      minZoom: p.minZoom - 1,
      zIndex: IMAGERY_Z,
      visible: imageryVisible,
      properties: { project: p.project, month: p.month, side },
    });
    layer.on('prerender', (event) => clip(event, side));
    layer.on('postrender', (event) => event.context.restore());
    return layer;
  }

  function buildImagery() {
    for (const l of imageryLayers.splice(0)) map.removeLayer(l);
    imageryLayers = [
      ...imagery.compare.map((p) => imageryLayer(p, 'compare')),
      ...imagery.current.map((p) => imageryLayer(p, 'current')),
    ];
    for (const l of imageryLayers) map.addLayer(l);
  }

  return {
    map,
    source,
    /** Replaces the parcels with a GeoJSON FeatureCollection (lon/lat). */
    setParcels(collection) {
      geojson = collection;
      loadFeatures();
    },
    /** Replaces the photo footprints with a GeoJSON FeatureCollection (lon/lat; feature id = SHA-256). */
    setPhotos(collection) {
      photoGeojson = collection;
      photoSource.clear();
      if (collection) photoSource.addFeatures(format.readFeatures(collection, { dataProjection: 'EPSG:4326', featureProjection: projection() }));
    },
    /** Zooms to the photo footprints (with the parcels they touch in view). */
    fitPhotos() {
      const extent = photoSource.getExtent();
      if (!isEmpty(extent) && Number.isFinite(extent[0])) map.getView().fit(extent, { padding: [60, 60, 60, 60], maxZoom: 18, duration: 0 });
    },
    /** Shows or hides the photo footprints and markers. */
    showPhotos(show) {
      footprints.setVisible(show);
      markers.setVisible(show);
    },
    /** Highlights a photo (null clears). */
    selectPhoto(sha) {
      selectedPhoto = sha;
      footprints.changed();
      markers.changed();
    },
    /** The screen pixel of a photo's marker, or null when the photo is not shown or too small on screen for a marker. */
    photoPixel(sha) {
      const f = photoSource.getFeatureById(sha);
      if (!f) return null;
      const extent = f.getGeometry().getExtent();
      const sizePx = Math.max(extent[2] - extent[0], extent[3] - extent[1]) / map.getView().getResolution();
      return sizePx < MARKER_MIN_PX && sha !== selectedPhoto ? null : map.getPixelFromCoordinate(getCenter(extent));
    },
    /** Number of photo footprints shown. */
    photoCount() {
      return photoSource.getFeatures().length;
    },
    /** Redraws after a theme, filter or language change. */
    refresh() {
      parcels.changed();
      labels.changed();
      outlines.changed();
    },
    /**
     * Shows drone imagery pyramids ({project, month, tiles: URL template, minZoom, maxZoom, bounds: [w, s, e, n] in
     * degrees}): `current` (the selected month) and, when comparing, `compare` (left of the swipe line).
     */
    setImagery(current, compare = []) {
      imagery = { current, compare };
      buildImagery();
      outlines.changed();
    },
    /** Shows or hides the imagery. */
    showImagery(show) {
      imageryVisible = show;
      for (const l of imageryLayers) l.setVisible(show);
      outlines.changed();
    },
    /** Sets the swipe line at a share (0–1) of the map's width, or null to stop comparing. */
    setSwipe(share) {
      swipe = share;
      map.render();
    },
    /** The imagery layers shown: [{project, month, side}]. */
    imageryLayers() {
      return imageryLayers.filter((l) => l.getVisible()).map((l) => ({ project: l.get('project'), month: l.get('month'), side: l.get('side') }));
    },
    /** Zooms to every visible parcel. */
    fitVisible() {
      map.updateSize();
      const extent = visibleExtent();
      if (!isEmpty(extent) && Number.isFinite(extent[0])) map.getView().fit(extent, { padding: [70, 140, 50, 140], maxZoom: 17, duration: 0 });
    },
    /** Marks a project as selected (null clears) and, when asked, zooms to it. */
    select(code, zoom = false) {
      selected = code;
      parcels.changed();
      outlines.changed();
      const f = code ? source.getFeatureById(code) : null;
      if (f && zoom) map.getView().fit(f.getGeometry().getExtent(), { padding: [80, 420, 80, 80], maxZoom: 17, duration: 300 });
    },
    /** Shows a basemap ({datum, layers:[{urlZh,urlEn}], attribution, maxZoom}) or none; switches the display datum. */
    setBasemap(basemap, lang) {
      for (const l of basemapLayers.splice(0)) map.removeLayer(l);
      const wanted = basemap && basemap.datum === 'gcj02' ? 'gcj02' : 'wgs84';
      if (wanted !== datum) {
        const view = map.getView();
        const target = wanted === 'gcj02' ? GCJ02_MERCATOR : 'EPSG:3857';
        const center = transform(view.getCenter(), view.getProjection(), target);
        map.setView(new View({ projection: target, center, zoom: view.getZoom(), maxZoom: 21 }));
        datum = wanted;
        loadFeatures();
        buildImagery();
      }
      if (!basemap) return;
      basemap.layers.forEach((layer, i) => {
        const tile = new TileLayer({
          zIndex: i,
          source: new XYZ({
            url: lang === 'en' ? layer.urlEn : layer.urlZh,
            projection: datum === 'gcj02' ? GCJ02_MERCATOR : 'EPSG:3857',
            maxZoom: basemap.maxZoom,
            attributions: i === 0 ? basemap.attribution : undefined,
            crossOrigin: null,
          }),
        });
        basemapLayers.push(tile);
        map.addLayer(tile);
      });
    },
    /** The display projection's code. */
    projection,
    /** The screen pixel of a lon/lat point (WGS84/CGCS2000 degrees). */
    pixelOfLonLat(lon, lat) {
      return map.getPixelFromCoordinate(transform([lon, lat], 'EPSG:4326', projection()));
    },
    /** The screen pixel of a project's parcel centre, or null. */
    pixelOf(code) {
      const f = source.getFeatureById(code);
      return f ? map.getPixelFromCoordinate(getCenter(f.getGeometry().getExtent())) : null;
    },
    /** A project's first parcel vertex in display coordinates and as lon/lat in the display datum. */
    firstVertex(code) {
      const f = source.getFeatureById(code);
      if (!f) return null;
      const c = f.getGeometry().getCoordinates()[0][0][0];
      return { display: c, lonLat: toLonLat(c, projection() === GCJ02_MERCATOR ? 'EPSG:3857' : projection()) };
    },
  };
}
